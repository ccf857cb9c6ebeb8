package dev.rehearse.coach.language;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The English the spelling check follows. The setting is read at the edge (the composition root and
 * the CLI) and parsed here, so the coach never looks at the environment.
 */
public enum EnglishVariant {
    BRITISH("en-GB"),
    AMERICAN("en-US");

    private final String code;

    EnglishVariant(String code) {
        this.code = code;
    }

    /** LanguageTool's short code: "en-GB" or "en-US". */
    public String code() {
        return code;
    }

    /** The variant named by its code ("en-US", case and "-"/"_" ignored); empty when the value names none. */
    public static Optional<EnglishVariant> parse(String value) {
        String v = value == null ? "" : value.strip();
        return Arrays.stream(values()).filter(e -> e.code.equalsIgnoreCase(v) || e.code.replace('-', '_').equalsIgnoreCase(v))
                .findFirst();
    }

    /** The codes a setting may give, for a message: "en-GB, en-US". */
    public static String choices() {
        return Arrays.stream(values()).map(EnglishVariant::code).collect(Collectors.joining(", "));
    }
}
