package dev.rehearse.llm;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.service.TokenStream;
import dev.rehearse.llm.json.JsonFieldStreamer;
import dev.rehearse.llm.json.LenientJson;
import dev.rehearse.llm.prompt.FactsBlock;
import dev.rehearse.llm.prompt.UntrustedText;
import dev.rehearse.llm.retrieval.KnowledgeContentRetriever;
import dev.rehearse.llm.retrieval.RetrievalPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/** One streamed critique: up to two attempts (the second only when the first was not valid JSON). */
final class CritiqueStream {

    private final LlmCoach coach;
    private final CoachRequest request;
    private final StreamListener<LlmCritique> listener;
    private final StreamHandle handle;
    private final List<String> notes = new ArrayList<>();
    private final AtomicBoolean streamedSomething = new AtomicBoolean();

    CritiqueStream(LlmCoach coach, CoachRequest request, StreamListener<LlmCritique> listener, StreamHandle handle) {
        this.coach = coach;
        this.request = request;
        this.listener = listener;
        this.handle = handle;
    }

    void attempt(int attempt) {
        // a retry after a summary was already shown must not show a second one
        boolean forward = !streamedSomething.get();
        JsonFieldStreamer summary = new JsonFieldStreamer("summary", piece -> {
            if (forward && !handle.isCancelled()) {
                streamedSomething.set(true);
                listener.onToken(piece);
            }
        });
        AtomicReference<List<Content>> sent = new AtomicReference<>(List.of());
        AtomicBoolean settled = new AtomicBoolean();
        try {
            TokenStream stream = handle.scope().call(() -> coach.critiqueAssistant().critique(
                    coach.rules(),
                    UntrustedText.block(request.question()),
                    UntrustedText.block(request.draft()),
                    FactsBlock.render(request.offline()),
                    KnowledgeContentRetriever.parameters(request.question(), request.draft(), RetrievalPlan.CRITIQUE),
                    coach.models().critiqueParameters()));
            stream.onRetrieved(sent::set)
                    .onPartialResponse(summary::accept)
                    .onCompleteResponse(response -> {
                        settled.set(true);
                        complete(attempt, response, sent.get());
                    })
                    .onError(error -> {
                        settled.set(true);
                        fail(coach.failures().classifyStream(error, LlmCoach.OFFLINE_FALLBACK), sent.get());
                    });
            // some providers (Anthropic) say nothing when a stream stops early: then the end of the
            // stream comes with no answer, and that is reported rather than waited on for ever
            handle.scope().onNextStreamEnd(() -> {
                if (!settled.get()) {
                    fail(coach.failures().truncated("The model's answer stream ended before it was complete.",
                            LlmCoach.OFFLINE_FALLBACK), sent.get());
                }
            });
            handle.scope().run(stream::start);
        } catch (RuntimeException e) {
            fail(coach.failures().classify(e, LlmCoach.OFFLINE_FALLBACK), sent.get());
        }
    }

    private void complete(int attempt, ChatResponse response, List<Content> sent) {
        if (handle.isCancelled()) {
            return;
        }
        FinishReason finish = response.finishReason();
        if (finish == FinishReason.LENGTH) {
            fail(coach.failures().truncated("The model stopped at the token limit before the critique was complete ("
                    + LlmSettings.MAX_TOKENS + " is " + coach.settings().maxTokens() + ").", LlmCoach.OFFLINE_FALLBACK), sent);
            return;
        }
        if (finish == null) {
            fail(coach.failures().truncated("The model's answer stream ended before it was complete.", LlmCoach.OFFLINE_FALLBACK), sent);
            return;
        }
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        Optional<LlmCritique> critique = LenientJson.parse(text, LlmCritique.class).filter(CritiqueStream::usable);
        if (critique.isEmpty()) {
            if (attempt == 1) {
                notes.add("The model's first answer was not valid JSON; it was asked once more.");
                attempt(2);
            } else {
                fail(coach.failures().malformed(LlmCoach.OFFLINE_FALLBACK), sent);
            }
            return;
        }
        List<Citation> numbered = LlmCoach.numbered(sent);
        LlmReply<LlmCritique> reply;
        try {
            reply = coach.checks(request).critique(critique.get(), numbered, notes);
        } catch (RuntimeException e) {
            fail(coach.failures().classify(e, LlmCoach.OFFLINE_FALLBACK), sent);
            return;
        }
        if (handle.finish()) {
            try {
                listener.onComplete(reply);
            } finally {
                handle.ended();
            }
        }
    }

    /** A critique the page can show: a verdict, all five scores and a revision. */
    private static boolean usable(LlmCritique c) {
        return c.summary() != null && !c.summary().isBlank() && c.substance() != null && c.structure() != null
                && c.relevance() != null && c.credibility() != null && c.delivery() != null && c.revisedAnswer() != null;
    }

    private void fail(LlmFailure failure, List<Content> sent) {
        if (handle.finish()) {
            try {
                listener.onError(failure.withRetrieved(LlmCoach.numbered(sent)));
            } finally {
                handle.ended();
            }
        } else {
            handle.ended();
        }
    }
}
