package dev.rehearse.http;

import dev.rehearse.coach.Coach;
import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.llm.LlmCoach;
import dev.rehearse.llm.settings.LlmSettings;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.search.KnowledgeIndex;
import java.util.Optional;

/**
 * Everything the server serves, built at the edge (the CLI, a test) from the settings and passed in.
 *
 * @param index       the knowledge index: search, passages, the question bank
 * @param coach       the offline coach
 * @param language    the spelling and grammar check the coach uses, for its status on the page
 * @param llmSettings the model settings as configured (provider {@code none} when there is none)
 * @param llm         the LLM coach, present when a provider is configured
 * @param attempts    the practice history
 */
public record Services(KnowledgeIndex index, Coach coach, LanguageChecker language, LlmSettings llmSettings,
                       Optional<LlmCoach> llm, AttemptStore attempts) {
}
