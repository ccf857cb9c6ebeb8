package dev.rehearse.coach.language;

import dev.rehearse.config.ConfigException;
import dev.rehearse.config.Env;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The English the spelling check follows, set by {@code REHEARSE_ENGLISH}. */
public enum EnglishVariant {
    BRITISH("en-GB"),
    AMERICAN("en-US");

    public static final String ENV = "REHEARSE_ENGLISH";

    private final String code;

    EnglishVariant(String code) {
        this.code = code;
    }

    /** LanguageTool's short code: "en-GB" or "en-US". */
    public String code() {
        return code;
    }

    /** {@code REHEARSE_ENGLISH} from the environment; British English when unset. */
    public static EnglishVariant from(Env env) {
        return env.get(ENV).map(EnglishVariant::parse).orElse(BRITISH);
    }

    public static EnglishVariant parse(String value) {
        String v = value.strip();
        return Arrays.stream(values()).filter(e -> e.code.equalsIgnoreCase(v) || e.code.replace('-', '_').equalsIgnoreCase(v))
                .findFirst()
                .orElseThrow(() -> new ConfigException(ENV + " must be one of "
                        + Arrays.stream(values()).map(EnglishVariant::code).collect(Collectors.joining(", ")) + ", got \"" + v + "\""));
    }
}
