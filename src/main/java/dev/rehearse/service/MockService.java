package dev.rehearse.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.rehearse.coach.InputLimits;
import dev.rehearse.coach.report.Critique;
import dev.rehearse.coach.report.SpokenDelivery;
import dev.rehearse.mock.Debrief;
import dev.rehearse.mock.MockInterview;
import dev.rehearse.mock.MockOptions;
import dev.rehearse.mock.MockPlan;
import dev.rehearse.mock.MockSession;
import dev.rehearse.mock.MockTurn;
import dev.rehearse.mock.PlannedQuestion;
import dev.rehearse.mock.TranscriptEntry;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.practice.NewAttempt;
import dev.rehearse.practice.PracticeMode;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The mock interview, as the HTTP API and the CLI drive it: start, answer or skip, end, read. The answer is checked
 * here like a draft (required unless skipped, within the draft limit); the interview itself is {@link MockInterview}.
 */
public final class MockService implements AutoCloseable {

    /** The history names the coach that wrote a mock interview's attempt. */
    static final String MODEL_NOTE = "offline (mock interview)";

    private final MockInterview interview;
    private final AutoCloseable store;
    private final SpokenDrafts spoken;

    /**
     * @param store  what to close with the service: the sessions' store
     * @param spoken what {@code POST /api/transcribe} measured, for answers given by voice
     */
    public MockService(MockInterview interview, AutoCloseable store, SpokenDrafts spoken) {
        this.interview = interview;
        this.store = store;
        this.spoken = spoken;
    }

    @Override
    public void close() {
        try {
            store.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot close the mock interviews' store", e);
        }
    }

    /** Saves a planned question's answer into its history exactly as a saved critique is: the offline report. */
    public static long keep(AttemptStore attempts, PlannedQuestion q, String answer, Critique critique) {
        String json;
        try {
            json = Json.MAPPER.writeValueAsString(CoachResult.offlineOnly(critique));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the mock interview's critique", e);
        }
        return attempts.save(new NewAttempt(q.questionId(), q.text(), answer, PracticeMode.CRITIQUE, json,
                critique.scores().overall(), MODEL_NOTE)).id();
    }

    public Started start(MockOptions options) {
        MockSession s = interview.start(options);
        return new Started(s.id(), s.pending());
    }

    /** The next turn after the typed answer; {@code skip} answers nothing, and then {@code answer} is ignored. */
    public Next answer(String id, String answer, boolean skip) {
        return answer(id, answer, skip, null, MockInterview.NO_TOKENS);
    }

    /**
     * The next turn after the answer. {@code spokenId} names the recording a spoken answer was transcribed from; its
     * figures are looked up here, never taken from the client, and an id this server does not know is refused.
     */
    public Next answer(String id, String answer, boolean skip, String spokenId) {
        return answer(id, answer, skip, spokenId, MockInterview.NO_TOKENS);
    }

    /** {@link #start(MockOptions)}, with the model's first turn given to {@code tokens} as it is worded. */
    public Started start(MockOptions options, Consumer<String> tokens) {
        MockSession s = interview.start(options, tokens);
        return new Started(s.id(), s.pending());
    }

    /**
     * {@link #answer(String, String, boolean, String)}, with the model's next turn given to {@code tokens} as it is
     * worded. The answer and its recording are checked before anything is worded, so a bad one fails before the
     * first token.
     */
    public Next answer(String id, String answer, boolean skip, String spokenId, Consumer<String> tokens) {
        String checked = skip ? "" : InputCheck.required("answer", answer, InputLimits.MAX_DRAFT_CHARS);
        SpokenDelivery delivery = skip || spokenId == null ? null : spoken.find(spokenId);
        MockSession s = interview.answer(id, checked, skip, delivery, tokens);
        return new Next(s.pending(), s.debrief());
    }

    public Debrief end(String id) {
        return interview.end(id).debrief();
    }

    public SessionView session(String id) {
        return SessionView.of(interview.get(id));
    }

    public Sessions sessions() {
        List<SessionSummary> all = interview.list().stream().map(SessionSummary::of).toList();
        return new Sessions(all.size(), all);
    }

    /** {@code POST /api/mock}: the new session's id and the interviewer's first question. */
    public record Started(String id, MockTurn turn) {
    }

    /** {@code POST /api/mock/{id}/answer}: the next turn, and the debrief once the turn is the end. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Next(MockTurn turn, Debrief debrief) {
    }

    /** {@code GET /api/mock/{id}}: the whole session; {@code turn} is the one waiting for an answer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SessionView(String id, String status, Instant createdAt, MockPlan plan, List<TranscriptEntry> transcript,
                              MockTurn turn, Debrief debrief) {

        static SessionView of(MockSession s) {
            return new SessionView(s.id(), s.status(), s.createdAt(), s.plan(), s.transcript(), s.pending(), s.debrief());
        }
    }

    /** One line of {@code GET /api/mock}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SessionSummary(String id, String status, Instant createdAt, Instant updatedAt, int questions, int answered,
                                 Double averageScore) {

        static SessionSummary of(MockSession s) {
            int answered = (int) s.notes().stream().filter(n -> !n.followUp()).count();
            return new SessionSummary(s.id(), s.status(), s.createdAt(), s.updatedAt(), s.plan().questions().size(), answered,
                    s.debrief() == null ? null : s.debrief().averageScore());
        }
    }

    /** {@code GET /api/mock}: the sessions, newest first. */
    public record Sessions(int count, List<SessionSummary> sessions) {
    }
}
