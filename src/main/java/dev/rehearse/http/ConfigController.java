package dev.rehearse.http;

import dev.rehearse.coach.InputLimits;
import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.llm.settings.LlmDescription;
import dev.rehearse.llm.settings.LlmSettings;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/**
 * {@code GET /api/config}: what the page needs to say how it runs — offline or which provider and
 * model, whether a key is set (never the key), the spelling check's state and the input limits.
 */
public final class ConfigController {

    private final LlmDescription llm;
    private final LanguageChecker language;

    public ConfigController(LlmSettings settings, LanguageChecker language) {
        this.llm = settings.describe();
        this.language = language;
    }

    public void routes(JavalinDefaultRoutingApi routes) {
        routes.get("/api/config", this::config);
    }

    record Language(String variant, boolean ready) {
    }

    record Limits(int draftChars, int questionChars) {
    }

    record ConfigResponse(String provider, String model, String baseUrl, boolean keySet, boolean offline,
                          Language language, Limits limits) {
    }

    void config(Context ctx) {
        ctx.json(new ConfigResponse(llm.provider(), llm.model(), llm.baseUrl(), llm.keySet(), llm.model() == null,
                new Language(language.variant().code(), language.isReady()),
                new Limits(InputLimits.MAX_DRAFT_CHARS, InputLimits.MAX_QUESTION_CHARS)));
    }
}
