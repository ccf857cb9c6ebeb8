package dev.rehearse.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearse.coach.Coach;
import dev.rehearse.coach.report.Critique;
import dev.rehearse.llm.LlmCoach;
import dev.rehearse.llm.reply.LlmOutcome;
import dev.rehearse.llm.request.CoachRequest;
import dev.rehearse.llm.request.CritiqueFacts;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Optional;
import java.util.function.Function;

/**
 * The user's three jobs as JSON: {@code POST /api/critique}, {@code /api/followups} and {@code /api/tie},
 * each with body {@code {question, draft}}. The answer is the offline coach's report; when a model is
 * configured it also carries {@code llm} (the model's checked result) or {@code llmNote} (why there is
 * none), so a client reads the offline fields the same way in both modes.
 */
public final class CoachController {

    private final Coach coach;
    private final LlmCoach llm;

    public CoachController(Coach coach, Optional<LlmCoach> llm) {
        this.coach = coach;
        this.llm = llm.orElse(null);
    }

    public void routes(JavalinDefaultRoutingApi routes) {
        routes.post("/api/critique", this::critique);
        routes.post("/api/followups", this::followUps);
        routes.post("/api/tie", this::tie);
    }

    void critique(Context ctx) {
        Input in = input(ctx);
        Critique report = coach.critique(in.question, in.draft);
        respond(ctx, report, () -> llm.critique(request(in, report)));
    }

    void followUps(Context ctx) {
        Input in = input(ctx);
        respond(ctx, coach.followUps(in.question, in.draft),
                () -> llm.followUps(request(in, coach.critique(in.question, in.draft))));
    }

    void tie(Context ctx) {
        Input in = input(ctx);
        respond(ctx, coach.tie(in.question, in.draft),
                () -> llm.companyTie(request(in, coach.critique(in.question, in.draft))));
    }

    private record Input(String question, String draft) {
    }

    private static Input input(Context ctx) {
        CoachInput.Body body = CoachInput.read(ctx);
        return new Input(CoachInput.question(body), CoachInput.draft(body));
    }

    /** The model gets the offline findings as facts, so it spends its effort on judgement. */
    private static CoachRequest request(Input in, Critique offline) {
        return new CoachRequest(in.question, in.draft, CritiqueFacts.of(offline));
    }

    private void respond(Context ctx, Object offline, java.util.function.Supplier<LlmOutcome<?>> model) {
        ObjectNode body = Json.MAPPER.valueToTree(offline);
        if (llm != null) {
            LlmOutcome<?> outcome = model.get();
            body.set("llm", Json.MAPPER.valueToTree(outcome.reply()));
            body.set("llmNote", Json.MAPPER.valueToTree(outcome.failure()));
        }
        ctx.json(body);
    }
}
