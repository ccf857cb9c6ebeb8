package dev.rehearse.llm.call;

import dev.rehearse.llm.reply.LlmFailure;
import dev.rehearse.llm.reply.LlmReply;

/** How a completed model answer ends the call: with a reply, with one more attempt, or with a failure. */
sealed interface Settlement<T> {

    record Reply<T>(LlmReply<T> reply) implements Settlement<T> {
    }

    record Again<T>() implements Settlement<T> {
    }

    record Failed<T>(LlmFailure failure) implements Settlement<T> {
    }
}
