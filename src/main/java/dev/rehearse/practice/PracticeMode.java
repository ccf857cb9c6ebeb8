package dev.rehearse.practice;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the candidate asked for in an attempt; the wire name is what the page and the database use. */
public enum PracticeMode {
    CRITIQUE("critique"),
    FOLLOWUPS("followups"),
    TIE("tie"),
    ASK("ask");

    private final String wireName;

    PracticeMode(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The mode for a wire name such as {@code "critique"}; a clear error naming the allowed values otherwise. */
    @JsonCreator
    public static PracticeMode fromWire(String name) {
        if (name != null) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            for (PracticeMode mode : values()) {
                if (mode.wireName.equals(wanted)) {
                    return mode;
                }
            }
        }
        String allowed = Arrays.stream(values()).map(PracticeMode::wireName).collect(Collectors.joining(", "));
        throw new InvalidAttemptException("mode must be one of " + allowed + ", got " + (name == null ? "nothing" : "\"" + name + "\""));
    }
}
