package dev.rehearse.llm.support;

import dev.rehearse.config.Env;
import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.llm.LlmCoach;
import dev.rehearse.llm.retrieval.PassageSearch;
import dev.rehearse.llm.settings.LlmSettings;
import dev.rehearse.search.KnowledgeIndex;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Coaches pointed at a test server, configured the way a user would: through settings. */
public final class Coaches {

    private Coaches() {
    }

    /** An OpenAI-compatible coach searching the real hybrid index, as the app wires it (no snippets). */
    public static LlmCoach openAi(String baseUrl, KnowledgeIndex index, String... extra) {
        return create(openAiEnv(baseUrl, extra), PassageSearch.withoutSnippets(index), index::knowledge);
    }

    /** An Anthropic coach searching the real hybrid index, as the app wires it (no snippets). */
    public static LlmCoach anthropic(String baseUrl, KnowledgeIndex index, String... extra) {
        return create(anthropicEnv(baseUrl, extra), PassageSearch.withoutSnippets(index), index::knowledge);
    }

    /** An OpenAI-compatible coach over a fixed knowledge base with the deterministic test search. */
    public static LlmCoach openAi(String baseUrl, KnowledgeBase kb, String... extra) {
        return create(openAiEnv(baseUrl, extra), new TermOverlapSearch(kb), () -> kb);
    }

    /** An Anthropic coach over a fixed knowledge base with the deterministic test search. */
    public static LlmCoach anthropic(String baseUrl, KnowledgeBase kb, String... extra) {
        return create(anthropicEnv(baseUrl, extra), new TermOverlapSearch(kb), () -> kb);
    }

    private static Map<String, String> openAiEnv(String baseUrl, String... extra) {
        Map<String, String> env = new HashMap<>(Map.of(
                "REHEARSE_LLM", "openai",
                "OPENAI_API_KEY", "sk-test-not-a-real-key",
                "OPENAI_BASE_URL", baseUrl,
                "OPENAI_MODEL", "gpt-4.1-mini",
                "REHEARSE_LLM_TIMEOUT", "5",
                "REHEARSE_LLM_RETRIES", "2"));
        put(env, extra);
        return env;
    }

    private static Map<String, String> anthropicEnv(String baseUrl, String... extra) {
        Map<String, String> env = new HashMap<>(Map.of(
                "REHEARSE_LLM", "anthropic",
                "ANTHROPIC_API_KEY", "sk-ant-test-not-a-real-key",
                "ANTHROPIC_BASE_URL", baseUrl,
                "ANTHROPIC_MODEL", "claude-haiku-4-5-20251001",
                "REHEARSE_LLM_TIMEOUT", "5",
                "REHEARSE_LLM_RETRIES", "2"));
        put(env, extra);
        return env;
    }

    public static LlmCoach create(Map<String, String> env, PassageSearch search, Supplier<KnowledgeBase> knowledge) {
        LlmSettings settings = LlmSettings.from(Env.of(env));
        return LlmCoach.create(settings, search, knowledge).orElseThrow();
    }

    private static void put(Map<String, String> env, String... extra) {
        for (int i = 0; i + 1 < extra.length; i += 2) {
            if (extra[i + 1] == null) {
                env.remove(extra[i]);
            } else {
                env.put(extra[i], extra[i + 1]);
            }
        }
    }
}
