package dev.rehearse.plan;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The skills and themes a story can show; what each means is described in {@code plan/themes.txt}. */
public enum Theme {
    OWNERSHIP("ownership"),
    RELIABILITY("reliability"),
    AMBIGUITY("ambiguity"),
    CONFLICT("conflict"),
    COMMUNICATION("communication"),
    LEARNING_FROM_FAILURE("learning-from-failure"),
    LEADERSHIP("leadership"),
    TECHNICAL_DEPTH("technical-depth");

    private final String wireName;

    Theme(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** "technical depth", "Technical-Depth" and "technical_depth" all name the same theme. */
    public static Optional<Theme> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wanted)).findFirst();
    }

    public static String allWireNames() {
        return String.join(", ", Arrays.stream(values()).map(Theme::wireName).toList());
    }

    @Override
    public String toString() {
        return wireName;
    }
}
