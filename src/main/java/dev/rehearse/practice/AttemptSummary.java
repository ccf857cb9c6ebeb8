package dev.rehearse.practice;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One point of a question's history: enough for the score chart and for choosing two attempts to diff,
 * without the draft and the report.
 *
 * @param sameDraftAs the id of the question's oldest attempt with exactly this draft: two attempts have the same
 *                    draft when these are equal (Critique, Follow-ups and Tie on one draft make three attempts)
 * @param wordsPerMinute   a spoken critique's measured pace; null (and left out of the JSON) for a typed draft
 * @param fillersPerMinute a spoken critique's fillers a minute; null (and left out) for a typed draft
 */
public record AttemptSummary(long id, PracticeMode mode, Double overallScore, int draftWords,
                             String modelNote, Instant createdAt, long sameDraftAs,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Integer wordsPerMinute,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Double fillersPerMinute) {

    /** A typed attempt's summary, or any attempt but a spoken critique. */
    public AttemptSummary(long id, PracticeMode mode, Double overallScore, int draftWords,
                          String modelNote, Instant createdAt, long sameDraftAs) {
        this(id, mode, overallScore, draftWords, modelNote, createdAt, sameDraftAs, null, null);
    }
}
