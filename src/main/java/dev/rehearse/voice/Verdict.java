package dev.rehearse.voice;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a measured figure sits against its target range. */
public enum Verdict {
    BELOW,
    WITHIN,
    ABOVE;

    static Verdict of(double value, double min, double max) {
        return value < min ? BELOW : value > max ? ABOVE : WITHIN;
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
