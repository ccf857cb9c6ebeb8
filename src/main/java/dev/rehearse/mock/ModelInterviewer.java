package dev.rehearse.mock;

import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.service.TokenStream;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;
import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PassageKind;
import dev.rehearse.llm.call.CallContext;
import dev.rehearse.llm.call.TextCall;
import dev.rehearse.llm.reply.LlmOutcome;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The interviewer played by a language model through LangChain4j AiServices, one chat memory per session
 * ({@code @MemoryId}) kept in SQLite, so the model remembers the conversation across turns and restarts. It is told
 * what to ask and why by the offline interviewer, and the interviewer's stated priorities and the research frame
 * how it asks. The turn can also be streamed (the same prompt and memory on the streaming model), through the same
 * call machinery as the coach's streamed answers.
 */
public final class ModelInterviewer implements InterviewerModel {

    /** Turns remembered per session: a ten-question session with three follow-ups each and their answers fits. */
    private static final int MEMORY_MESSAGES = 90;
    /** Passages of each kind put in the system message: enough to sound informed, few enough to stay cheap. */
    private static final int CONTEXT_PASSAGES = 6;
    private static final int PASSAGE_CHARS = 300;

    interface Voice {
        @SystemMessage(fromResource = "/prompts/mock-system.txt")
        @UserMessage(fromResource = "/prompts/mock-user.txt")
        String next(@MemoryId String sessionId, @V("company") String company, @V("priorities") String priorities,
                    @V("research") String research, @V("answer") String answer, @V("kind") String kind,
                    @V("planned") String planned, @V("why") String why);
    }

    /** The same voice, streamed: the one memory per session is shared, as both keep it in the store. */
    interface StreamingVoice {
        @SystemMessage(fromResource = "/prompts/mock-system.txt")
        @UserMessage(fromResource = "/prompts/mock-user.txt")
        TokenStream next(@MemoryId String sessionId, @V("company") String company, @V("priorities") String priorities,
                         @V("research") String research, @V("answer") String answer, @V("kind") String kind,
                         @V("planned") String planned, @V("why") String why);
    }

    private final Voice voice;
    private final StreamingVoice streamingVoice;
    private final CallContext context;
    private final SqliteChatMemoryStore memory;
    private final String name;

    /**
     * @param chat      the configured chat model (on the project's transport, its own retries off)
     * @param streaming the configured streaming model, on the same transport
     * @param context   the settings, failure notes and transport a streamed turn is called with
     * @param store     where each session's memory is kept
     * @param name      the provider and model, for notes
     */
    public ModelInterviewer(ChatModel chat, StreamingChatModel streaming, CallContext context, MockStore store, String name) {
        this.memory = new SqliteChatMemoryStore(store);
        this.voice = AiServices.builder(Voice.class).chatModel(chat).chatMemoryProvider(this::memoryOf).build();
        this.streamingVoice = AiServices.builder(StreamingVoice.class).streamingChatModel(streaming)
                .chatMemoryProvider(this::memoryOf).build();
        this.context = context;
        this.name = name;
    }

    @Override
    public String word(String sessionId, MockCompany company, MockTurn offline, String lastAnswer) {
        Prompt p = prompt(company, offline, lastAnswer);
        return voice.next(sessionId, p.company(), p.priorities(), p.research(), p.answer(), offline.kind(), offline.text(),
                p.why());
    }

    @Override
    public String word(String sessionId, MockCompany company, MockTurn offline, String lastAnswer, Consumer<String> tokens) {
        Prompt p = prompt(company, offline, lastAnswer);
        LlmOutcome<String> outcome = TextCall.run(context, () -> streamingVoice.next(sessionId, p.company(), p.priorities(),
                p.research(), p.answer(), offline.kind(), offline.text(), p.why()), tokens);
        if (!outcome.ok()) {
            throw new ModelTurnException(outcome.failure().kind().wireName().replace('-', ' '));
        }
        return outcome.reply().result();
    }

    @Override
    public void forget(String sessionId) {
        memory.deleteMessages(sessionId);
    }

    @Override
    public String name() {
        return name;
    }

    private ChatMemory memoryOf(Object id) {
        return MessageWindowChatMemory.builder().id(id).maxMessages(MEMORY_MESSAGES).chatMemoryStore(memory).build();
    }

    /** What the prompt says besides the offline turn itself. */
    private record Prompt(String company, String priorities, String research, String answer, String why) {
    }

    /** The session's company's name and research: another company's research never reaches its interviewer. */
    private static Prompt prompt(MockCompany company, MockTurn offline, String lastAnswer) {
        KnowledgeBase kb = company.knowledge().get();
        String who = company.name();
        return new Prompt(who.isBlank() ? "the company" : who, passages(kb, PassageKind.INTERVIEWER_SAID),
                passages(kb, PassageKind.RESEARCH), lastAnswer == null
                        ? "(no answer: the session starts or the last question was skipped)" : lastAnswer,
                offline.why() == null ? "" : offline.why());
    }

    private static String passages(KnowledgeBase kb, PassageKind kind) {
        String text = kb.passages().stream().filter(p -> p.kind() == kind).limit(CONTEXT_PASSAGES)
                .map(ModelInterviewer::line).collect(Collectors.joining("\n"));
        return text.isBlank() ? "(none)" : text;
    }

    private static String line(Passage p) {
        String t = p.text().replaceAll("\\s+", " ").strip();
        return "- " + (t.length() > PASSAGE_CHARS ? t.substring(0, PASSAGE_CHARS) + "…" : t);
    }
}
