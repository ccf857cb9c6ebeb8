package dev.rehearse.coach.language;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The English the spelling check follows. The setting is read at the edge (the composition root and
 * the CLI) and parsed here, so the coach never looks at the environment. Unless the user picks one,
 * British and American spellings are both right: an answer is spoken, and "optimize" sounds like "optimise".
 */
public enum EnglishVariant {
    BRITISH("en-GB", "en-GB"),
    AMERICAN("en-US", "en-US"),
    /** Either spelling: British English checks, and a word American English spells right is not a misspelling. */
    EITHER("either", "en-GB");

    private final String code;
    private final String toolCode;

    EnglishVariant(String code, String toolCode) {
        this.code = code;
        this.toolCode = toolCode;
    }

    /** The setting's value and the report's name: "en-GB", "en-US" or "either". */
    public String code() {
        return code;
    }

    /** LanguageTool's short code for the language it loads: "en-GB" or "en-US". */
    public String toolCode() {
        return toolCode;
    }

    /** The variant named by its code ("en-US", case and "-"/"_" ignored); empty when the value names none. */
    public static Optional<EnglishVariant> parse(String value) {
        String v = value == null ? "" : value.strip();
        return Arrays.stream(values()).filter(e -> e.code.equalsIgnoreCase(v) || e.code.replace('-', '_').equalsIgnoreCase(v))
                .findFirst();
    }

    /** The codes a setting may give, for a message: "en-GB, en-US, either". */
    public static String choices() {
        return Arrays.stream(values()).map(EnglishVariant::code).collect(Collectors.joining(", "));
    }
}
