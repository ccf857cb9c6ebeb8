package dev.rehearse.coach.tie;

import dev.rehearse.coach.text.RuleFile;
import dev.rehearse.coach.text.Terms;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The concepts of tie-concepts.txt: groups of words that name the same idea ("resend", "idempotent",
 * "retries"), so a fact about re-sending a support log and a story about simpler retries are seen to
 * share something although they share no word.
 */
public final class TieConcepts {

    private final Map<String, String> conceptByStem = new HashMap<>();

    private TieConcepts(Map<String, List<String>> groups) {
        groups.forEach((name, values) -> {
            for (String word : values.get(0).split(",")) {
                String stem = Terms.stem(word.strip());
                if (!stem.isEmpty()) {
                    conceptByStem.putIfAbsent(stem, name);
                }
                // the stemmer may keep a word as written: look both forms up
                conceptByStem.putIfAbsent(word.strip().toLowerCase(java.util.Locale.ROOT), name);
            }
        });
    }

    public static TieConcepts load() {
        return new TieConcepts(RuleFile.load("tie-concepts.txt").values("concepts"));
    }

    static TieConcepts of(Map<String, List<String>> groups) {
        return new TieConcepts(groups);
    }

    /** The concepts the text names, in the order they first appear. */
    public Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String stem : Terms.of(text)) {
            String c = conceptByStem.get(stem);
            if (c != null) {
                out.add(c);
            }
        }
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
            String c = conceptByStem.get(word);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }
}
