package dev.rehearse.llm.call;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.service.TokenStream;
import dev.rehearse.llm.reply.Citation;
import java.util.List;
import java.util.function.Consumer;

/**
 * What one kind of streamed call sends and how it reads the answer. {@link StreamedCall} does the rest
 * (scope, cancellation, the end of a stream that never completed, the deadline, the one final callback),
 * so ask and critique cannot drift apart in how they settle.
 */
interface StreamedCallSpec<T> {

    /** The last sentence of a failure's note: what the user is shown instead. */
    String fallback();

    /** How many attempts the call may make at most (a retry comes only from {@link Settlement.Again}). */
    int maxAttempts();

    /** Invokes the assistant for attempt {@code attempt} (from 1); the caller starts the stream. */
    TokenStream open(int attempt);

    /** Where the streamed text of an attempt goes, given the way to the listener. */
    Consumer<String> partials(int attempt, Consumer<String> toListener);

    /** Reads an answer the model finished ({@code response.finishReason()} is set). */
    Settlement<T> settle(int attempt, ChatResponse response, List<Citation> sent);
}
