package dev.rehearse.coach.report;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether spelling and grammar were checked for this report. */
public enum LanguageStatus {
    CHECKED,
    SKIPPED;

    @JsonValue
    public String wireName() {
        return WireEnum.name(this);
    }
}
