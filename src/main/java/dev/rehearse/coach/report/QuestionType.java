package dev.rehearse.coach.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The kinds of interview question the coach tells apart; each has its own rubric and length. */
public enum QuestionType {
    BEHAVIOURAL,
    CONCEPTUAL,
    MOTIVATION,
    WORKING_STYLE,
    SELF_INTRODUCTION,
    CLOSING,
    WEAKNESS,
    MISTAKE,
    CONFLICT,
    REASON_FOR_LEAVING,
    STRENGTHS,
    FIRST_MONTHS;

    @JsonValue
    public String wireName() {
        return WireEnum.name(this);
    }

    public static Optional<QuestionType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName().equals(name)).findFirst();
    }
}
