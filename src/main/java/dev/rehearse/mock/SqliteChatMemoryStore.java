package dev.rehearse.mock;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.util.List;

/** The model interviewer's memory of each session, kept beside the session in SQLite so a resumed session has it. */
final class SqliteChatMemoryStore implements ChatMemoryStore {

    private final MockStore store;

    SqliteChatMemoryStore(MockStore store) {
        this.store = store;
    }

    @Override
    public List<ChatMessage> getMessages(Object memoryId) {
        return store.chatMemory(memoryId.toString()).map(ChatMessageDeserializer::messagesFromJson).orElse(List.of());
    }

    @Override
    public void updateMessages(Object memoryId, List<ChatMessage> messages) {
        store.saveChatMemory(memoryId.toString(), ChatMessageSerializer.messagesToJson(messages));
    }

    @Override
    public void deleteMessages(Object memoryId) {
        store.deleteChatMemory(memoryId.toString());
    }
}
