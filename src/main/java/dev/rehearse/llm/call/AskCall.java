package dev.rehearse.llm.call;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.service.TokenStream;
import dev.rehearse.llm.assistant.AskAssistant;
import dev.rehearse.llm.prompt.UntrustedText;
import dev.rehearse.llm.reply.Citation;
import dev.rehearse.llm.reply.LlmAnswer;
import dev.rehearse.llm.request.CoachRequest;
import dev.rehearse.llm.request.OfflineFacts;
import dev.rehearse.llm.retrieval.KnowledgeContentRetriever;
import dev.rehearse.llm.retrieval.RetrievalPlan;
import dev.rehearse.llm.settings.LlmSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A free question about the notes or the company, answered in prose as it is written. */
public final class AskCall implements StreamedCallSpec<LlmAnswer> {

    private final AskAssistant assistant;
    private final CallContext context;
    private final String question;

    private AskCall(AskAssistant assistant, CallContext context, String question) {
        this.assistant = assistant;
        this.context = context;
        this.question = question == null ? "" : question;
    }

    /** Starts the call; the listener hears the answer's tokens, then the checked answer or the failure. */
    public static StreamHandle start(AskAssistant assistant, CallContext context, String question,
                                     StreamListener<LlmAnswer> listener) {
        return StreamedCall.start(new AskCall(assistant, context, question), listener, context);
    }

    @Override
    public String fallback() {
        return Fallbacks.PASSAGES;
    }

    @Override
    public int maxAttempts() {
        return 1;
    }

    @Override
    public TokenStream open(int attempt) {
        return assistant.ask(context.rules(), UntrustedText.block(question),
                KnowledgeContentRetriever.parameters(question, "", RetrievalPlan.ASK));
    }

    @Override
    public Consumer<String> partials(int attempt, Consumer<String> toListener) {
        return toListener;
    }

    @Override
    public Settlement<LlmAnswer> settle(int attempt, ChatResponse response, List<Citation> sent) {
        List<String> notes = new ArrayList<>();
        if (response.finishReason() == FinishReason.LENGTH) {
            notes.add("The answer stopped at the token limit (" + LlmSettings.MAX_TOKENS + ").");
        }
        String text = response.aiMessage() == null || response.aiMessage().text() == null ? "" : response.aiMessage().text();
        CoachRequest request = new CoachRequest(question, "", OfflineFacts.none());
        return new Settlement.Reply<>(context.facts().checks(request).answer(text, sent, notes));
    }
}
