package dev.rehearse.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How passages are ranked. */
public enum SearchMode {
    /** Lexical: BM25 over the English-analysed text. */
    BM25,
    /** Semantic: nearest neighbours of the MiniLM embedding. */
    VECTOR,
    /** Both lists fused with reciprocal rank fusion; the default. */
    HYBRID;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SearchMode> fromWireName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.name().equals(wanted)).findFirst();
    }

    public static String allWireNames() {
        return Arrays.stream(values()).map(SearchMode::wireName).collect(Collectors.joining(", "));
    }
}
