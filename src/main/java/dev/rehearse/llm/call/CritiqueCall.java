package dev.rehearse.llm.call;

import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.service.TokenStream;
import dev.rehearse.llm.assistant.CritiqueAssistant;
import dev.rehearse.llm.json.JsonFieldStreamer;
import dev.rehearse.llm.json.LenientJson;
import dev.rehearse.llm.prompt.FactsBlock;
import dev.rehearse.llm.prompt.UntrustedText;
import dev.rehearse.llm.reply.Citation;
import dev.rehearse.llm.reply.LlmCritique;
import dev.rehearse.llm.request.CoachRequest;
import dev.rehearse.llm.retrieval.KnowledgeContentRetriever;
import dev.rehearse.llm.retrieval.RetrievalPlan;
import dev.rehearse.llm.settings.LlmSettings;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A critique in the JSON the page shows, its summary streamed as it is written. Invalid JSON is asked
 * for once more (silently, with a note), then reported.
 */
public final class CritiqueCall implements StreamedCallSpec<LlmCritique> {

    private final CritiqueAssistant assistant;
    private final ChatRequestParameters parameters;
    private final CallContext context;
    private final CoachRequest request;
    private final List<String> notes = new CopyOnWriteArrayList<>();
    private final AtomicBoolean streamedSomething = new AtomicBoolean();

    private CritiqueCall(CritiqueAssistant assistant, ChatRequestParameters parameters, CallContext context,
                         CoachRequest request) {
        this.assistant = assistant;
        this.parameters = parameters;
        this.context = context;
        this.request = request;
    }

    /** Starts the call; the listener hears the summary's tokens, then the checked critique or the failure. */
    public static StreamHandle start(CritiqueAssistant assistant, ChatRequestParameters parameters, CallContext context,
                                     CoachRequest request, StreamListener<LlmCritique> listener) {
        return StreamedCall.start(new CritiqueCall(assistant, parameters, context, request), listener, context);
    }

    @Override
    public String fallback() {
        return Fallbacks.OFFLINE;
    }

    @Override
    public int maxAttempts() {
        return 2;
    }

    @Override
    public TokenStream open(int attempt) {
        return assistant.critique(context.rules(), UntrustedText.block(request.question()),
                UntrustedText.block(request.draft()), FactsBlock.render(request.offline()),
                KnowledgeContentRetriever.parameters(request.question(), request.draft(), RetrievalPlan.CRITIQUE),
                parameters);
    }

    @Override
    public Consumer<String> partials(int attempt, Consumer<String> toListener) {
        // a retry after a summary was already shown must not show a second one
        boolean forward = !streamedSomething.get();
        return new JsonFieldStreamer("summary", piece -> {
            if (forward) {
                streamedSomething.set(true);
                toListener.accept(piece);
            }
        })::accept;
    }

    @Override
    public Settlement<LlmCritique> settle(int attempt, ChatResponse response, List<Citation> sent) {
        if (response.finishReason() == FinishReason.LENGTH) {
            return new Settlement.Failed<>(context.failures().truncated(
                    "The model stopped at the token limit before the critique was complete ("
                            + LlmSettings.MAX_TOKENS + " is " + context.settings().maxTokens() + ").", fallback()));
        }
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        Optional<LlmCritique> critique = LenientJson.parse(text, LlmCritique.class).filter(CritiqueCall::usable);
        if (critique.isEmpty()) {
            if (attempt < maxAttempts()) {
                notes.add("The model's first answer was not valid JSON; it was asked once more.");
                return new Settlement.Again<>();
            }
            return new Settlement.Failed<>(context.failures().malformed(fallback()));
        }
        return new Settlement.Reply<>(context.facts().checks(request).critique(critique.get(), sent, notes));
    }

    /** A critique the page can show: a verdict, all five scores and a revision. */
    private static boolean usable(LlmCritique c) {
        return c.summary() != null && !c.summary().isBlank() && c.substance() != null && c.structure() != null
                && c.relevance() != null && c.credibility() != null && c.delivery() != null && c.revisedAnswer() != null;
    }
}
