package dev.rehearse.coach.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.rehearse.coach.text.Span;
import dev.rehearse.knowledge.PassageRef;

/**
 * One number of the draft checked against the candidate's own notes. It tells the candidate which figures an
 * interviewer's "how did you measure that?" will find backed in their notes. One check does not change the score; two
 * or more reported results the notes do not back are the unbacked-figures concern, and figures that sound invented
 * the implausible-figure concern.
 *
 * @param support  whether the notes back it, or whose figure it is
 * @param passage  the passage that states the same claim; absent when none does
 * @param citation the file and line that state it ("candidate/notes.txt:73"), or "" when none does
 * @param quote    that line as written, or "" when none does
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NumberCheck(String id, FindingKind kind, Span span, Support support, String message, PassageRef passage,
                          String citation, String quote) implements Finding {

    /** What stands behind a number of the draft. */
    public enum Support {
        /** The candidate's notes state the same claim. */
        IN_NOTES,
        /** Nothing in the notes states it: the candidate should be ready to back it. */
        NOT_IN_NOTES,
        /** The company research states it, and the draft claims it as the candidate's own result. */
        COMPANY_FIGURE,
        /** The company research states it, and the draft says it of the company. */
        COMPANY_FACT;

        @JsonValue
        public String wireName() {
            return WireEnum.name(this);
        }
    }
}
