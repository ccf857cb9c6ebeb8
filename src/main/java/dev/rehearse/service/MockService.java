package dev.rehearse.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.rehearse.coach.Coach;
import dev.rehearse.coach.InputLimits;
import dev.rehearse.coach.report.QuestionReport;
import dev.rehearse.coach.report.Critique;
import dev.rehearse.coach.report.SpokenDelivery;
import dev.rehearse.mock.Critic;
import dev.rehearse.mock.Debrief;
import dev.rehearse.mock.MockCompany;
import dev.rehearse.mock.MockInterview;
import dev.rehearse.mock.MockOptions;
import dev.rehearse.mock.MockPlan;
import dev.rehearse.mock.MockSession;
import dev.rehearse.mock.MockTurn;
import dev.rehearse.mock.PlanMaker;
import dev.rehearse.mock.PlannedQuestion;
import dev.rehearse.mock.TranscriptEntry;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.practice.NewAttempt;
import dev.rehearse.practice.PracticeMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The mock interview, as the HTTP API and the CLI drive it: start, answer or skip, end, read. The answer is checked
 * here like a draft (required unless skipped, within the draft limit); the interview itself is {@link MockInterview}.
 */
public final class MockService implements AutoCloseable {

    /** The history names the coach that wrote a mock interview's attempt. */
    static final String MODEL_NOTE = "offline (mock interview)";

    private final MockInterview interview;
    private final Function<String, MockCompany> companies;
    private final AutoCloseable store;
    private final SpokenDrafts spoken;

    /**
     * @param companies the interview's own lookup of a company ({@link #companies}), for the sessions' list
     * @param store     what to close with the service: the sessions' store
     * @param spoken    what {@code POST /api/transcribe} measured, for answers given by voice
     */
    public MockService(MockInterview interview, Function<String, MockCompany> companies, AutoCloseable store,
                       SpokenDrafts spoken) {
        this.interview = interview;
        this.companies = companies;
        this.store = store;
        this.spoken = spoken;
    }

    /**
     * A company as the mock interview sees it: its coach, its questions ({@link MockBank}), its name and research, and
     * its history. The name is the one the research declares (or, in the one-company layout, the one the notes imply).
     *
     * @throws UnknownCompanyException from the lookup, for a company the folder does not have
     */
    public static Function<String, MockCompany> companies(CompanyScope scope, AttemptStore attempts) {
        return asked -> {
            CompanyScope.Scoped c = scope.resolve(asked);
            Coach coach = c.coach();
            Optional<String> name = Optional.ofNullable(c.name()).or(() -> coach.vocabulary().companyName());
            Critic critic = new Critic() {
                @Override
                public Critique critique(String question, String answer) {
                    return coach.critique(question, answer);
                }

                @Override
                public Critique critique(String question, String answer, SpokenDelivery delivery) {
                    return coach.critique(question, answer, delivery);
                }

                @Override
                public QuestionReport classify(String question) {
                    return coach.classify(question);
                }
            };
            Supplier<PlanMaker> plans = () -> {
                List<String> others = scope.list().companies().stream().filter(o -> !o.slug().equals(c.slug()))
                        .map(ApiViews.CompanyEntry::name).toList();
                return new PlanMaker(MockBank.of(ResearchQuestions.of(c.knowledge(), q -> false), c.knowledge().questions(),
                        others), q -> coach.classify(q).type(), name);
            };
            return new MockCompany(c.slug(), name.orElse(""), c.isDefault(), critic, plans,
                    c::knowledge, (q, answer, critique) -> keep(attempts, c.slug(), q, answer, critique));
        };
    }

    @Override
    public void close() {
        try {
            store.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot close the mock interviews' store", e);
        }
    }

    /**
     * Saves a planned question's answer into its history exactly as a saved critique is: the offline report, marked as
     * {@code company}'s (a slug; null when the folder holds no company research).
     */
    public static long keep(AttemptStore attempts, String company, PlannedQuestion q, String answer, Critique critique) {
        String json;
        try {
            json = Json.MAPPER.writeValueAsString(CoachResult.offlineOnly(critique));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the mock interview's critique", e);
        }
        return attempts.save(new NewAttempt(q.questionId(), q.text(), answer, PracticeMode.CRITIQUE, json,
                critique.scores().overall(), MODEL_NOTE, company)).id();
    }

    /** Starts a session about {@code company} (a slug or name; null for the default company). */
    public Started start(MockOptions options, String company) {
        return start(options, company, MockInterview.NO_TOKENS);
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

    /**
     * {@link #start(MockOptions, String)}, with the model's first turn given to {@code tokens} as it is worded.
     *
     * @throws UnknownCompanyException when the knowledge folder has no such company
     */
    public Started start(MockOptions options, String company, Consumer<String> tokens) {
        MockSession s = interview.start(options, company, tokens);
        return new Started(s.id(), s.company(), s.pending());
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

    /** Every session, newest first. */
    public Sessions sessions() {
        return sessions(null);
    }

    /**
     * The sessions about {@code company}, newest first, those stored before sessions carried a company counting as
     * the default company's; every session when {@code company} is null or blank.
     *
     * @throws UnknownCompanyException when the knowledge folder has no such company
     */
    public Sessions sessions(String company) {
        Predicate<MockSession> about = s -> true;
        if (company != null && !company.isBlank()) {
            MockCompany c = companies.apply(company);
            about = s -> c.slug() == null || c.slug().equals(s.company()) || s.company() == null && c.isDefault();
        }
        List<SessionSummary> all = interview.list().stream().filter(about).map(SessionSummary::of).toList();
        return new Sessions(all.size(), all);
    }

    /** {@code POST /api/mock}: the new session's id, its company's slug and the interviewer's first question. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Started(String id, String company, MockTurn turn) {
    }

    /** {@code POST /api/mock/{id}/answer}: the next turn, and the debrief once the turn is the end. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Next(MockTurn turn, Debrief debrief) {
    }

    /** {@code GET /api/mock/{id}}: the whole session; {@code turn} is the one waiting for an answer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SessionView(String id, String status, String company, Instant createdAt, MockPlan plan,
                              List<TranscriptEntry> transcript, MockTurn turn, Debrief debrief) {

        static SessionView of(MockSession s) {
            return new SessionView(s.id(), s.status(), s.company(), s.createdAt(), s.plan(), s.transcript(), s.pending(),
                    s.debrief());
        }
    }

    /** One line of {@code GET /api/mock}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SessionSummary(String id, String status, String company, Instant createdAt, Instant updatedAt, int questions,
                                 int answered, Double averageScore) {

        static SessionSummary of(MockSession s) {
            int answered = (int) s.notes().stream().filter(n -> !n.followUp()).count();
            return new SessionSummary(s.id(), s.status(), s.company(), s.createdAt(), s.updatedAt(), s.plan().questions().size(),
                    answered, s.debrief() == null ? null : s.debrief().averageScore());
        }
    }

    /** {@code GET /api/mock}: the sessions, newest first. */
    public record Sessions(int count, List<SessionSummary> sessions) {
    }
}
