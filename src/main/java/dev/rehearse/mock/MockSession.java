package dev.rehearse.mock;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A mock interview as stored: the plan, the transcript, the interviewer's private notes on each answer, where the
 * session stands, and the debrief once it has ended. Immutable; every step makes the next version.
 *
 * @param id             the session's id
 * @param status         {@code active} or {@code ended}
 * @param createdAt      when it started
 * @param updatedAt      when it last changed
 * @param plan           what the interviewer means to ask
 * @param transcript     every turn so far
 * @param notes          the interviewer's note on each answer, for the debrief
 * @param pending        the turn waiting for an answer; the end turn once ended
 * @param pendingAskedAt when the pending turn was asked
 * @param questionIndex  the planned question being asked about, from 1
 * @param followUpsAsked follow-ups asked about that question so far
 * @param debrief        the debrief, once ended
 * @param company        the slug of the company the session is about; null for a session stored before sessions
 *                       carried one (it is then the default company's), or when the folder holds no company research
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MockSession(String id, String status, Instant createdAt, Instant updatedAt, MockPlan plan,
                          List<TranscriptEntry> transcript, List<AnswerNote> notes, MockTurn pending, Instant pendingAskedAt,
                          int questionIndex, int followUpsAsked, Debrief debrief, String company) {

    public static final String ACTIVE = "active";
    public static final String ENDED = "ended";

    public MockSession {
        transcript = List.copyOf(transcript);
        notes = List.copyOf(notes);
    }

    public boolean ended() {
        return ENDED.equals(status);
    }

    PlannedQuestion current() {
        return plan.question(questionIndex);
    }

    /** The session after the interviewer asked {@code turn} about planned question {@code index}. */
    MockSession ask(MockTurn turn, int index, int followUps, Instant at) {
        List<TranscriptEntry> t = new ArrayList<>(transcript);
        t.add(TranscriptEntry.asked(turn, index, at));
        return new MockSession(id, status, createdAt, at, plan, t, notes, turn, at, index, followUps, debrief, company);
    }

    /**
     * The session after the candidate answered (or skipped) the pending turn, with the interviewer's note on it.
     *
     * @param spokenSeconds the recording's measured length for a spoken answer; null for a typed one or a skip
     */
    MockSession answer(String text, boolean skipped, AnswerNote note, Instant at, Long spokenSeconds) {
        List<TranscriptEntry> t = new ArrayList<>(transcript);
        t.add(TranscriptEntry.answered(text, skipped, questionIndex, pendingAskedAt, at, spokenSeconds));
        List<AnswerNote> n = new ArrayList<>(notes);
        n.add(note);
        return new MockSession(id, status, createdAt, at, plan, t, n, pending, pendingAskedAt, questionIndex, followUpsAsked, debrief,
                company);
    }

    /** The ended session with its closing turn and debrief. */
    MockSession end(MockTurn closing, Debrief result, Instant at) {
        List<TranscriptEntry> t = new ArrayList<>(transcript);
        t.add(TranscriptEntry.asked(closing, 0, at));
        return new MockSession(id, ENDED, createdAt, at, plan, t, notes, closing, at, questionIndex, followUpsAsked, result, company);
    }

    /** Whether the interviewer has already said this (never ask the same thing twice). */
    boolean alreadyAsked(String text) {
        String key = normalised(text);
        return transcript.stream().filter(e -> TranscriptEntry.INTERVIEWER.equals(e.role()))
                .anyMatch(e -> normalised(e.text()).equals(key));
    }

    private static String normalised(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
