package dev.rehearse.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a passage is, from the candidate's point of view. */
public enum PassageKind {
    /** The candidate's own answer to an interview question. */
    ANSWER("answer"),
    /** What the interviewer said back (lines starting with {@code >} in the notes). */
    INTERVIEWER_SAID("interviewer-said"),
    /** A question the candidate plans to ask the interviewer. */
    QUESTION_TO_ASK("question-to-ask"),
    /** Company research and any other reference text. */
    RESEARCH("research");

    private final String wireName;

    PassageKind(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in the API, the CLI and the index. */
    public String wireName() {
        return wireName;
    }

    public static Optional<PassageKind> fromWireName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(k -> k.wireName.equals(wanted)).findFirst();
    }

    public static String allWireNames() {
        return Arrays.stream(values()).map(PassageKind::wireName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return wireName;
    }
}
