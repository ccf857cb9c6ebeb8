package dev.rehearse.mock;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The interviewer's private note on one answer, kept for the debrief and never shown mid-session.
 *
 * @param questionIndex    the planned question it belongs to, from 1
 * @param followUp         whether it answers a follow-up rather than the planned question
 * @param question         what was asked
 * @param questionId       the question bank's id of the planned question, when it has one
 * @param reading          answered, one-liner, dont-know, off-topic or skipped
 * @param score            the offline critique's overall score (1–5); absent for a skip
 * @param verdict          the critique's verdict (weak, developing, solid, strong)
 * @param summary          the critique in one line: its verdict and the first thing to fix, each traceable to it
 * @param evidence         ids of the findings and gaps the summary rests on
 * @param words            the answer's words
 * @param seconds          how long the answer took
 * @param targetMinSeconds the question type's target, spoken
 * @param targetMaxSeconds the question type's target, spoken
 * @param attemptId        the attempt saved in the question's history, for a planned question's answer
 * @param prepare          what the critique says to prepare, each with its passage
 * @param spoken           how the answer sounded, for an answer given by voice; absent for a typed one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnswerNote(int questionIndex, boolean followUp, String question, String questionId, AnswerReading reading,
                         Double score, String verdict, String summary, List<String> evidence, int words, long seconds,
                         int targetMinSeconds, int targetMaxSeconds, Long attemptId, List<PrepPoint> prepare, SpokenNote spoken) {

    public AnswerNote {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        prepare = prepare == null ? List.of() : List.copyOf(prepare);
    }

    /** The answer's time against its target: short, within or long; skipped when there was none. */
    @com.fasterxml.jackson.annotation.JsonProperty("timing")
    public String timing() {
        if (reading == AnswerReading.SKIPPED) {
            return "skipped";
        }
        if (seconds < targetMinSeconds) {
            return "short";
        }
        return seconds > targetMaxSeconds ? "long" : "within";
    }

    AnswerNote savedAs(Long id) {
        return new AnswerNote(questionIndex, followUp, question, questionId, reading, score, verdict, summary, evidence, words,
                seconds, targetMinSeconds, targetMaxSeconds, id, prepare, spoken);
    }
}
