package dev.rehearse.mock;

import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;
import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PassageKind;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The interviewer played by a language model through LangChain4j AiServices, one chat memory per session
 * ({@code @MemoryId}) kept in SQLite, so the model remembers the conversation across turns and restarts. It is told
 * what to ask and why by the offline interviewer, and the interviewer's stated priorities and the research frame
 * how it asks.
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

    private final Voice voice;
    private final SqliteChatMemoryStore memory;
    private final Supplier<KnowledgeBase> knowledge;
    private final Supplier<String> company;
    private final String name;

    /**
     * @param chat      the configured chat model (on the project's transport, its own retries off)
     * @param store     where each session's memory is kept
     * @param knowledge the knowledge as it is now
     * @param company   the company's name as the knowledge writes it
     * @param name      the provider and model, for notes
     */
    public ModelInterviewer(ChatModel chat, MockStore store, Supplier<KnowledgeBase> knowledge, Supplier<String> company,
                            String name) {
        this.memory = new SqliteChatMemoryStore(store);
        this.voice = AiServices.builder(Voice.class).chatModel(chat)
                .chatMemoryProvider(id -> MessageWindowChatMemory.builder().id(id).maxMessages(MEMORY_MESSAGES)
                        .chatMemoryStore(memory).build())
                .build();
        this.knowledge = knowledge;
        this.company = company;
        this.name = name;
    }

    @Override
    public String word(String sessionId, MockTurn offline, String lastAnswer) {
        KnowledgeBase kb = knowledge.get();
        String who = company.get();
        return voice.next(sessionId, who.isBlank() ? "the company" : who, passages(kb, PassageKind.INTERVIEWER_SAID),
                passages(kb, PassageKind.RESEARCH), lastAnswer == null ? "(no answer: the session starts or the last question was skipped)"
                        : lastAnswer, offline.kind(), offline.text(), offline.why() == null ? "" : offline.why());
    }

    @Override
    public void forget(String sessionId) {
        memory.deleteMessages(sessionId);
    }

    @Override
    public String name() {
        return name;
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
