package dev.rehearse.mock;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How the session went, made when it ends (or is ended early). Every score and point comes from an answer's
 * offline critique (see {@link AnswerNote#evidence()}) or from the session itself.
 *
 * @param endedEarly    whether the candidate ended it before the last planned question
 * @param averageScore  the mean score of the planned questions' answers (skips left out); absent when none was answered
 * @param answers       each planned question's answer: critique summary, score, time against target, attempt saved
 * @param followUps     each follow-up's answer
 * @param followUpTally how the follow-ups went
 * @param strongest     the best-scored answer
 * @param weakest       the worst-scored answer
 * @param prepareNext   the three things to prepare next, each with its passage
 * @param trend         this session against the earlier ones
 * @param guard         what the invention guard flagged in the model's turns; empty offline
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Debrief(boolean endedEarly, Double averageScore, List<AnswerNote> answers, List<AnswerNote> followUps,
                      FollowUpTally followUpTally, AnswerNote strongest, AnswerNote weakest, List<PrepPoint> prepareNext,
                      Trend trend, List<String> guard) {

    public Debrief {
        answers = List.copyOf(answers);
        followUps = List.copyOf(followUps);
        prepareNext = List.copyOf(prepareNext);
        guard = guard == null ? List.of() : List.copyOf(guard);
    }

    /** The follow-ups counted by how they were answered. */
    public record FollowUpTally(int asked, int answered, int dodged, int dontKnow, int skipped) {
    }

    /**
     * The average score against the candidate's earlier ended sessions.
     *
     * @param previousSessions how many earlier sessions had a score
     * @param previousAverage  their mean average score, absent when there were none
     * @param change           this session's average minus theirs, absent when either is missing
     * @param direction        first, up, down or level
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Trend(int previousSessions, Double previousAverage, Double change, String direction) {
    }

    Debrief withGuard(List<String> flags) {
        return new Debrief(endedEarly, averageScore, answers, followUps, followUpTally, strongest, weakest, prepareNext, trend, flags);
    }
}
