package dev.rehearse.mock;

import dev.rehearse.coach.report.Critique;
import dev.rehearse.coach.report.SpokenDelivery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs mock interviews: starts a session on its plan, takes each answer (critiqued offline, saved into the question's
 * history), decides the next turn, and makes the debrief at the end. Every step is stored before it is returned, so
 * a session can be resumed after a restart. One step at a time: a session's next turn depends on its last.
 */
public final class MockInterview {

    /** No one listening for tokens: the model words the turn in one plain call, not a stream. */
    public static final Consumer<String> NO_TOKENS = text -> { };

    private final MockStore store;
    private final Function<String, MockCompany> companies;
    private final InterviewerModel model;
    private final Clock clock;
    private final Supplier<String> ids;
    private final OfflineInterviewer offline = new OfflineInterviewer();
    private final TurnCheck check = new TurnCheck();
    private final InterviewerLines lines = InterviewerLines.shared();

    /**
     * @param companies the company a request names (its slug or name; null for the default) as the interviewer sees
     *                  it, looked up at every step (the knowledge can change while the server runs); a name the folder
     *                  does not have is refused by the lookup's own exception
     * @param model     the model interviewer, when one is configured
     * @param ids       new session ids
     */
    public MockInterview(MockStore store, Function<String, MockCompany> companies, Optional<InterviewerModel> model,
                         Clock clock, Supplier<String> ids) {
        this.store = store;
        this.companies = companies;
        this.model = model.orElse(null);
        this.clock = clock;
        this.ids = ids;
    }

    /** A session about the default company. */
    public MockSession start(MockOptions options) {
        return start(options, null, NO_TOKENS);
    }

    /**
     * Starts a session about {@code company} (null: the default company); {@code tokens} hears the model's first turn
     * as it is worded (nothing without a model).
     */
    public synchronized MockSession start(MockOptions options, String company, Consumer<String> tokens) {
        MockCompany about = companies.apply(company);
        PlanMaker maker = about.plans().get();
        MockPlan plan = options.questionIds() != null ? maker.picked(options.questionIds(), options.followUpCount())
                : maker.mixed(options.questionCount(), options.followUpCount());
        if (plan.questions().isEmpty()) {
            throw new MockRequestException("questions", "the knowledge folder holds no questions to ask");
        }
        Instant now = clock.instant();
        MockSession s = new MockSession(ids.get(), MockSession.ACTIVE, now, now, plan, List.of(), List.of(), null, now, 1, 0, null,
                about.slug());
        PlannedQuestion first = plan.question(1);
        s = s.ask(worded(s, about, MockTurn.question(first, opening(first, plan)), null, tokens), 1, 0, now);
        store.save(s);
        return s;
    }

    /** Takes the typed answer to the pending turn ({@code skip} for none) and returns the session with the next turn. */
    public MockSession answer(String id, String answer, boolean skip) {
        return answer(id, answer, skip, null, NO_TOKENS);
    }

    /** As {@link #answer(String, String, boolean, SpokenDelivery, Consumer)} for an answer that was typed. */
    public MockSession answer(String id, String answer, boolean skip, Consumer<String> tokens) {
        return answer(id, answer, skip, null, tokens);
    }

    /** As {@link #answer(String, String, boolean, SpokenDelivery, Consumer)}, the next turn not streamed. */
    public MockSession answer(String id, String answer, boolean skip, SpokenDelivery spoken) {
        return answer(id, answer, skip, spoken, NO_TOKENS);
    }

    /**
     * Takes the answer to the pending turn and returns the session with the next turn; {@code tokens} hears the
     * model's wording of that turn as it is written. Only the checked turn is recorded, so pieces it cut are not.
     *
     * @param spoken what the server measured of the recording the answer was transcribed from; null for a typed answer.
     *               Its length, not the wall clock, is then the answer's time (the candidate may have read the
     *               transcript before sending it), and the debrief shows its pace and fillers.
     */
    public synchronized MockSession answer(String id, String answer, boolean skip, SpokenDelivery spoken, Consumer<String> tokens) {
        MockSession s = get(id);
        if (s.ended()) {
            throw new MockSessionEndedException(id);
        }
        MockCompany about = companies.apply(s.company());
        Critic critic = about.critic();
        Instant now = clock.instant();
        Long measured = skip ? null : SpokenNote.seconds(spoken);
        long seconds = measured != null ? measured : Math.max(0, Duration.between(s.pendingAskedAt(), now).toSeconds());
        MockTurn asked = s.pending();
        boolean followUp = MockTurn.FOLLOW_UP.equals(asked.kind());
        PlannedQuestion q = s.current();
        Optional<MockTurn> next;
        String why;
        if (skip) {
            s = s.answer("", true, AnswerAssessor.skipped(q.index(), followUp, asked.text(), q.questionId(), seconds,
                    critic.classify(asked.text()).target()), now, null);
            next = Optional.empty();
            why = "The last question was skipped, so the interviewer moves on without a follow-up.";
        } else {
            Critique c = critic.critique(asked.text(), answer, spoken);
            AnswerReading reading = AnswerReading.of(answer, c);
            AnswerNote note = AnswerAssessor.assess(q.index(), followUp, asked.text(), q.questionId(), answer, seconds, c, reading,
                    spoken == null ? null : SpokenNote.of(spoken));
            if (!followUp) {
                note = note.savedAs(about.attempts().keep(q, answer, c));
            }
            s = s.answer(answer, false, note, now, measured);
            next = offline.followUp(s, answer, c, reading);
            why = movingOn(s, reading);
        }
        if (next.isPresent()) {
            s = s.ask(worded(s, about, next.get(), skip ? null : answer, tokens), q.index(), s.followUpsAsked() + 1, now);
        } else if (q.index() < s.plan().questions().size()) {
            PlannedQuestion following = s.plan().question(q.index() + 1);
            s = s.ask(worded(s, about, MockTurn.question(following, why), skip ? null : answer, tokens), following.index(), 0, now);
        } else {
            s = finish(s, about, lines.end, now);
        }
        store.save(s);
        return s;
    }

    /** Ends the session now; a session already ended is returned as it is. */
    public synchronized MockSession end(String id) {
        MockSession s = get(id);
        if (s.ended()) {
            return s;
        }
        s = finish(s, companies.apply(s.company()), lines.endedEarly, clock.instant());
        store.save(s);
        return s;
    }

    public MockSession get(String id) {
        return store.find(id).orElseThrow(() -> new MockSessionNotFoundException(id));
    }

    /** Every session, newest first. */
    public List<MockSession> list() {
        return store.all();
    }

    private MockSession finish(MockSession s, MockCompany about, String closing, Instant now) {
        // the trend compares sessions about the same company: another company's questions are another test
        Debrief debrief = DebriefMaker.make(s, store.endedAverages(s.id(), about.slug(), about.isDefault()));
        if (model != null) {
            debrief = debrief.withGuard(check.guard(s, about.knowledge().get()));
            model.forget(s.id());
        }
        return s.end(MockTurn.end(closing), debrief, now);
    }

    /** The model's wording of the turn when a model is configured and its reply passes; the offline turn otherwise. */
    private MockTurn worded(MockSession s, MockCompany about, MockTurn turn, String lastAnswer, Consumer<String> tokens) {
        if (model == null) {
            return turn;
        }
        String reply;
        try {
            reply = tokens == NO_TOKENS ? model.word(s.id(), about, turn, lastAnswer)
                    : model.word(s.id(), about, turn, lastAnswer, tokens);
        } catch (RuntimeException e) {
            return turn.withNote("The model (" + model.name() + ") did not answer (" + TurnCheck.describe(e)
                    + "); the offline interviewer asked this turn.");
        }
        return check.question(reply).map(turn::withText).orElseGet(() -> turn.withNote("The model's turn was not a plain"
                + " question (it held feedback or no question), so the offline interviewer's is asked instead."));
    }

    private static String opening(PlannedQuestion first, MockPlan plan) {
        return "Question 1 of " + plan.questions().size() + " (" + first.slot() + ").";
    }

    private static String movingOn(MockSession s, AnswerReading reading) {
        if (reading == AnswerReading.DONT_KNOW) {
            return "The candidate said they did not know; the interviewer moves on rather than press.";
        }
        if (s.followUpsAsked() >= s.plan().followUps()) {
            return s.plan().followUps() == 0 ? "No follow-ups were planned; the next question."
                    : "The follow-ups planned for the last question have been asked; the next question.";
        }
        return "The answer left no gap worth probing; the next question.";
    }
}
