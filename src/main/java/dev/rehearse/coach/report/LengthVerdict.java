package dev.rehearse.coach.report;

import com.fasterxml.jackson.annotation.JsonValue;

/** The answer's length against its type's target. "Far" means under half or over 1.5 times. */
public enum LengthVerdict {
    FAR_TOO_SHORT,
    TOO_SHORT,
    WITHIN_TARGET,
    TOO_LONG,
    FAR_TOO_LONG;

    @JsonValue
    public String wireName() {
        return WireEnum.name(this);
    }
}
