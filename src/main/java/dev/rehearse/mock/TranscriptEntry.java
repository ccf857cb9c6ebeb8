package dev.rehearse.mock;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One turn of the transcript.
 *
 * @param role            {@code interviewer} or {@code candidate}
 * @param kind            the interviewer's {@code question}, {@code follow-up} or {@code end}; the candidate's
 *                        {@code answer} or {@code skip}
 * @param text            what was said (empty for a skip)
 * @param questionIndex   the planned question the turn belongs to, from 1 (0 for the closing words)
 * @param askedAt         when the interviewer's turn was asked (for an answer: when its question was asked)
 * @param answeredAt      when the answer came, for the candidate's turns
 * @param durationSeconds how long the answer took: the recording's length for a spoken answer, otherwise the time from
 *                        the question to the answer
 * @param why             why the interviewer asked it
 * @param note            a note on how the turn was made (a model call that failed and was replaced)
 * @param spoken          true for an answer given by voice, whose time the server measured from the recording
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TranscriptEntry(String role, String kind, String text, int questionIndex, Instant askedAt, Instant answeredAt,
                              Long durationSeconds, String why, String note, Boolean spoken) {

    public static final String INTERVIEWER = "interviewer";
    public static final String CANDIDATE = "candidate";
    public static final String ANSWER = "answer";
    public static final String SKIP = "skip";

    static TranscriptEntry asked(MockTurn turn, int questionIndex, Instant at) {
        return new TranscriptEntry(INTERVIEWER, turn.kind(), turn.text(), questionIndex, at, null, null, turn.why(), turn.note(), null);
    }

    /** @param spokenSeconds the recording's measured length for a spoken answer; null for a typed one or a skip */
    static TranscriptEntry answered(String text, boolean skipped, int questionIndex, Instant askedAt, Instant at,
                                    Long spokenSeconds) {
        long seconds = spokenSeconds != null ? spokenSeconds : Math.max(0, java.time.Duration.between(askedAt, at).toSeconds());
        return new TranscriptEntry(CANDIDATE, skipped ? SKIP : ANSWER, skipped ? "" : text, questionIndex, askedAt, at,
                seconds, null, null, spokenSeconds != null ? Boolean.TRUE : null);
    }
}
