package dev.rehearse.llm;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.service.TokenStream;
import dev.rehearse.llm.prompt.UntrustedText;
import dev.rehearse.llm.retrieval.KnowledgeContentRetriever;
import dev.rehearse.llm.retrieval.RetrievalPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/** One streamed answer to a free question. */
final class AskStream {

    private final LlmCoach coach;
    private final String question;
    private final StreamListener<LlmAnswer> listener;
    private final StreamHandle handle;

    AskStream(LlmCoach coach, String question, StreamListener<LlmAnswer> listener, StreamHandle handle) {
        this.coach = coach;
        this.question = question == null ? "" : question;
        this.listener = listener;
        this.handle = handle;
    }

    void start() {
        AtomicReference<List<Content>> sent = new AtomicReference<>(List.of());
        AtomicBoolean settled = new AtomicBoolean();
        try {
            TokenStream stream = handle.scope().call(() -> coach.askAssistant().ask(
                    coach.rules(),
                    UntrustedText.block(question),
                    KnowledgeContentRetriever.parameters(question, "", RetrievalPlan.ASK)));
            stream.onRetrieved(sent::set)
                    .onPartialResponse(token -> {
                        if (!handle.isCancelled()) {
                            listener.onToken(token);
                        }
                    })
                    .onCompleteResponse(response -> {
                        settled.set(true);
                        complete(response, sent.get());
                    })
                    .onError(error -> {
                        settled.set(true);
                        fail(coach.failures().classifyStream(error, LlmCoach.PASSAGES_FALLBACK), sent.get());
                    });
            // some providers (Anthropic) say nothing when a stream stops early: then the end of the
            // stream comes with no answer, and that is reported rather than waited on for ever
            handle.scope().onNextStreamEnd(() -> {
                if (!settled.get()) {
                    fail(coach.failures().truncated("The model's answer stream ended before it was complete.",
                            LlmCoach.PASSAGES_FALLBACK), sent.get());
                }
            });
            handle.scope().run(stream::start);
        } catch (RuntimeException e) {
            fail(coach.failures().classify(e, LlmCoach.PASSAGES_FALLBACK), sent.get());
        }
    }

    private void complete(ChatResponse response, List<Content> sent) {
        if (handle.isCancelled()) {
            return;
        }
        if (response.finishReason() == null) {
            fail(coach.failures().truncated("The model's answer stream ended before it was complete.", LlmCoach.PASSAGES_FALLBACK), sent);
            return;
        }
        List<String> notes = new ArrayList<>();
        if (response.finishReason() == FinishReason.LENGTH) {
            notes.add("The answer stopped at the token limit (" + LlmSettings.MAX_TOKENS + ").");
        }
        String text = response.aiMessage() == null || response.aiMessage().text() == null ? "" : response.aiMessage().text();
        LlmReply<LlmAnswer> reply;
        try {
            reply = coach.checks(new CoachRequest(question, "", OfflineFacts.none())).answer(text, LlmCoach.numbered(sent), notes);
        } catch (RuntimeException e) {
            fail(coach.failures().classify(e, LlmCoach.PASSAGES_FALLBACK), sent);
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
