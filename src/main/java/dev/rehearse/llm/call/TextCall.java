package dev.rehearse.llm.call;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.service.TokenStream;
import dev.rehearse.llm.reply.Citation;
import dev.rehearse.llm.reply.LlmFailure;
import dev.rehearse.llm.reply.LlmOutcome;
import dev.rehearse.llm.reply.LlmReply;
import dev.rehearse.llm.settings.LlmSettings;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A short streamed reply in plain prose from an assistant the caller built (a mock interviewer with its own chat
 * memory, say): the tokens as they are written, then the whole text, unchecked. What the text may say is the
 * caller's to check; this call gives it the same scope, cancellation, deadline and failure notes as ask and critique.
 */
public final class TextCall implements StreamedCallSpec<String> {

    private final Supplier<TokenStream> open;

    private TextCall(Supplier<TokenStream> open) {
        this.open = open;
    }

    /**
     * Runs the call and waits for it, giving each token to {@code tokens} as it arrives (on the call's thread).
     *
     * @param open invokes the assistant; the call starts the stream it returns
     */
    public static LlmOutcome<String> run(CallContext context, Supplier<TokenStream> open, Consumer<String> tokens) {
        TextCall spec = new TextCall(open);
        Function<StreamListener<String>, StreamHandle> start = listener -> StreamedCall.start(spec, teeing(listener, tokens),
                context);
        return Waiting.forOutcome(context, spec.maxAttempts(), start);
    }

    private static StreamListener<String> teeing(StreamListener<String> listener, Consumer<String> tokens) {
        return new StreamListener<>() {
            @Override
            public void onToken(String text) {
                tokens.accept(text);
            }

            @Override
            public void onComplete(LlmReply<String> reply) {
                listener.onComplete(reply);
            }

            @Override
            public void onError(LlmFailure failure) {
                listener.onError(failure);
            }
        };
    }

    @Override
    public String fallback() {
        return Fallbacks.OFFLINE;
    }

    @Override
    public int maxAttempts() {
        return 1;
    }

    @Override
    public TokenStream open(int attempt) {
        return open.get();
    }

    @Override
    public Consumer<String> partials(int attempt, Consumer<String> toListener) {
        return toListener;
    }

    @Override
    public Settlement<String> settle(int attempt, ChatResponse response, List<Citation> sent) {
        List<String> notes = response.finishReason() == FinishReason.LENGTH
                ? List.of("The reply stopped at the token limit (" + LlmSettings.MAX_TOKENS + ").") : List.of();
        String text = response.aiMessage() == null || response.aiMessage().text() == null ? "" : response.aiMessage().text();
        return new Settlement.Reply<>(new LlmReply<>(text, List.of(), 0, List.of(), notes, List.of()));
    }
}
