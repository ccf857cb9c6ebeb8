package dev.rehearse.coach.report;

import com.fasterxml.jackson.annotation.JsonValue;

/** The rubric's dimensions (guide, section 3). */
public enum Dimension {
    SUBSTANCE,
    STRUCTURE,
    RELEVANCE,
    CREDIBILITY,
    DELIVERY;

    @JsonValue
    public String wireName() {
        return WireEnum.name(this);
    }
}
