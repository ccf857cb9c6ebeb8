package dev.rehearse.http;

import dev.rehearse.coach.InputLimits;
import dev.rehearse.coach.KnowledgeVocabulary;
import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.llm.settings.LlmDescription;
import dev.rehearse.llm.settings.LlmSettings;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.function.Supplier;

/**
 * {@code GET /api/config}: what the page needs to say how it runs — offline or which provider and
 * model, whether a key is set (never the key), the spelling check's state, the input limits, and the
 * company the knowledge folder is about, whose name the page puts on its buttons and headings.
 */
public final class ConfigController {

    private final LlmDescription llm;
    private final LanguageChecker language;
    private final Supplier<KnowledgeVocabulary> vocabulary;

    /** {@code vocabulary} is asked on every request: the knowledge folder can change while the server runs. */
    public ConfigController(LlmSettings settings, LanguageChecker language, Supplier<KnowledgeVocabulary> vocabulary) {
        this.llm = settings.describe();
        this.language = language;
        this.vocabulary = vocabulary;
    }

    public void routes(JavalinDefaultRoutingApi routes) {
        routes.get("/api/config", this::config);
    }

    /** {@code loading}: not ready yet but will be, so the page asks again until it is. */
    record Language(String variant, boolean ready, boolean loading) {
    }

    record Limits(int draftChars, int questionChars) {
    }

    /** The company's name, null when the knowledge folder names none (the page then says "the company"). */
    record CompanyJson(String name) {
    }

    record ConfigResponse(String provider, String model, String baseUrl, boolean keySet, boolean offline,
                          Language language, Limits limits, CompanyJson company) {
    }

    void config(Context ctx) {
        ctx.json(new ConfigResponse(llm.provider(), llm.model(), llm.baseUrl(), llm.keySet(), llm.model() == null,
                new Language(language.variant().code(), language.isReady(), !language.isReady() && language.isLoading()),
                new Limits(InputLimits.MAX_DRAFT_CHARS, InputLimits.MAX_QUESTION_CHARS),
                new CompanyJson(vocabulary.get().companyName().orElse(null))));
    }
}
