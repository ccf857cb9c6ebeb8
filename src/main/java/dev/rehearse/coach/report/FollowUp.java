package dev.rehearse.coach.report;

import dev.rehearse.knowledge.PassageRef;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A question the interviewer is likely to ask next.
 *
 * @param rank        1 for the most likely
 * @param question    the question
 * @param why         why an interviewer would ask it, given this draft
 * @param origin      gap (something missing), claim (something the draft says), probe (a domain topic the draft touches),
 *                    interviewer (a priority the interviewer stated), notes (what the notes' own answer says),
 *                    pattern (asked of this question type) or company (a research fact the work transfers to)
 * @param basedOn     ids of the findings, gaps, sentences or passages that prompted it
 * @param prepareFrom the passage of the notes to prepare from; absent when the notes hold nothing on it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FollowUp(int rank, String question, String why, String origin, List<String> basedOn, PassageRef prepareFrom) {

    public FollowUp {
        basedOn = List.copyOf(basedOn);
    }
}
