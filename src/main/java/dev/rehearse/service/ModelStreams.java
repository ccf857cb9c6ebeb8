package dev.rehearse.service;

import dev.rehearse.knowledge.Passage;
import dev.rehearse.llm.reply.Citation;
import dev.rehearse.llm.reply.LlmAnswer;
import dev.rehearse.llm.LlmCoach;
import dev.rehearse.llm.reply.LlmFailure;
import dev.rehearse.llm.reply.LlmOutcome;
import dev.rehearse.llm.call.StreamHandle;
import dev.rehearse.llm.call.StreamListener;
import dev.rehearse.llm.retrieval.ResearchScope;
import dev.rehearse.llm.retrieval.RetrievalPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Asking a question and critiquing as a stream. Without a model the listener still hears one final call: the
 * fallback with the matching passages (ask) or with the offline report alone (critique), so an adapter handles
 * both configurations the same way.
 */
final class ModelStreams {

    private final LlmCoach llm;
    private final CompanyScope companies;
    private final CoachActions coach;

    ModelStreams(Optional<LlmCoach> llm, CompanyScope companies, CoachActions coach) {
        this.llm = llm.orElse(null);
        this.companies = companies;
        this.coach = coach;
    }

    /** The question about the request's company (the default when it names none): its research and the shared notes. */
    AskResult ask(AskRequest request) {
        ResearchScope research = companies.resolve(request.company()).research();
        LlmOutcome<LlmAnswer> outcome = llm == null
                ? LlmOutcome.failed(LlmFailure.notConfigured(LlmCoach.PASSAGES_FALLBACK, passages(research, request.question())))
                : llm.ask(research, request.question());
        return new AskResult(outcome.reply(), outcome.failure());
    }

    /** Null when the stream has already ended (no model): the listener has had its final call. */
    StreamHandle ask(AskRequest request, StreamListener<LlmAnswer> listener) {
        ResearchScope research = companies.resolve(request.company()).research();
        if (llm == null) {
            listener.onError(LlmFailure.notConfigured(LlmCoach.PASSAGES_FALLBACK, passages(research, request.question())));
            return null;
        }
        return llm.ask(research, request.question(), listener);
    }

    /** The offline report now; the model's stream, over the request's company's research, when the caller starts it. */
    PendingCritique critique(DraftRequest in) {
        CompanyScope.Scoped company = companies.resolve(in.company());
        return new PendingCritique(coach.offline(in), in, company.research(), llm, coach);
    }

    /** The passages shown when no model answers a question, numbered as the model's citations are. */
    private static List<Citation> passages(ResearchScope research, String question) {
        List<Passage> found = RetrievalPlan.ASK.run(research.search(), question);
        List<Citation> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            out.add(Citation.of(i + 1, found.get(i)));
        }
        return out;
    }
}
