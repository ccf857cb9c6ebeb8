package dev.rehearse.llm.support;

import dev.rehearse.config.Env;
import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.llm.LlmCoach;
import dev.rehearse.llm.LlmSettings;
import java.util.HashMap;
import java.util.Map;

/** Coaches pointed at a test server, configured the way a user would: through settings. */
public final class Coaches {

    private Coaches() {
    }

    public static LlmCoach openAi(String baseUrl, KnowledgeBase kb, String... extra) {
        Map<String, String> env = new HashMap<>(Map.of(
                "REHEARSE_LLM", "openai",
                "OPENAI_API_KEY", "sk-test-not-a-real-key",
                "OPENAI_BASE_URL", baseUrl,
                "OPENAI_MODEL", "gpt-4.1-mini",
                "REHEARSE_LLM_TIMEOUT", "5",
                "REHEARSE_LLM_RETRIES", "2"));
        put(env, extra);
        return create(env, kb);
    }

    public static LlmCoach anthropic(String baseUrl, KnowledgeBase kb, String... extra) {
        Map<String, String> env = new HashMap<>(Map.of(
                "REHEARSE_LLM", "anthropic",
                "ANTHROPIC_API_KEY", "sk-ant-test-not-a-real-key",
                "ANTHROPIC_BASE_URL", baseUrl,
                "ANTHROPIC_MODEL", "claude-haiku-4-5-20251001",
                "REHEARSE_LLM_TIMEOUT", "5",
                "REHEARSE_LLM_RETRIES", "2"));
        put(env, extra);
        return create(env, kb);
    }

    public static LlmCoach create(Map<String, String> env, KnowledgeBase kb) {
        LlmSettings settings = LlmSettings.from(Env.of(env));
        return LlmCoach.create(settings, new TermOverlapSearch(kb), () -> kb).orElseThrow();
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
