package dev.rehearse;

import dev.rehearse.coach.Coach;
import dev.rehearse.coach.DraftAnalyzer;
import dev.rehearse.coach.KnowledgeVocabulary;
import dev.rehearse.coach.LanguageCheckSetup;
import dev.rehearse.coach.language.EnglishVariant;
import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.config.ConfigException;
import dev.rehearse.config.Env;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.http.RehearseServer;
import dev.rehearse.http.Services;
import dev.rehearse.llm.LlmCoach;
import dev.rehearse.llm.retrieval.PassageSearch;
import dev.rehearse.llm.settings.LlmSettings;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.practice.StoreStatus;
import dev.rehearse.search.Embedder;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.search.SyncReport;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole application, assembled from the settings at the edge: the index (synced and watched), the
 * offline coach with its spelling check loading in the background, the model when one is configured,
 * the practice history, and the server over all of them. {@code serve} runs it; tests start it too.
 */
public final class RehearseApp implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RehearseApp.class);

    private final Services services;
    private final RehearseServer server;

    private RehearseApp(Services services, RehearseServer server) {
        this.services = services;
        this.server = server;
    }

    /**
     * Builds and starts everything. Settings are checked first, so a bad one fails before any work.
     */
    public static RehearseApp start(ServerSettings settings, Env env, Embedder embedder) {
        LlmSettings llmSettings = LlmSettings.from(env);
        EnglishVariant english = env.get("REHEARSE_ENGLISH").map(v -> EnglishVariant.parse(v).orElseThrow(() -> new ConfigException(
                "REHEARSE_ENGLISH must be one of " + EnglishVariant.choices() + ", got \"" + v + "\""))).orElse(EnglishVariant.BRITISH);
        log.info("Knowledge folder {}, data folder {}", settings.knowledgeDir().toAbsolutePath().normalize(),
                settings.dataDir().toAbsolutePath().normalize());
        log.info(llmSettings.describe().summary());

        KnowledgeIndex index = KnowledgeIndex.open(settings.knowledgeDir(), settings.dataDir().resolve("index"), embedder);
        SyncReport first = index.stats().lastReport();
        log.info("Index ready: {}", first.summary());
        Optional<LlmCoach> llm = Optional.empty();
        AttemptStore attempts = null;
        try {
            index.startWatching();
            // the spelling check loads in the background once the server listens: no request waits for it
            LanguageChecker language = LanguageCheckSetup.prepare(english, KnowledgeVocabulary.from(index.knowledge()));
            Coach coach = new Coach(new DraftAnalyzer(language, KnowledgeVocabulary.empty()), index);
            llm = LlmCoach.create(llmSettings, PassageSearch.withoutSnippets(index), index::knowledge);
            attempts = AttemptStore.inDataDir(settings.dataDir());
            StoreStatus history = attempts.status();
            if (history.available()) {
                log.info("Practice history in {}", history.databaseFile());
            } else {
                // the page works without it; the history endpoints keep saying why until it is fixed
                log.warn("Practice history unavailable: {}", history.message());
            }
            Services services = new Services(index, coach, language, llmSettings, llm, attempts);
            RehearseServer server = new RehearseServer(settings, services);
            try {
                // a model loading in the background must be ready before the first search can come in
                embedder.awaitLoaded();
                server.start();
            } catch (RuntimeException e) {
                server.stop();
                throw e;
            }
            language.startLoading();
            return new RehearseApp(services, server);
        } catch (RuntimeException e) {
            llm.ifPresent(LlmCoach::close);
            if (attempts != null) {
                attempts.close();
            }
            index.close();
            throw e;
        }
    }

    public RehearseServer server() {
        return server;
    }

    public Services services() {
        return services;
    }

    @Override
    public void close() {
        server.stop();
        services.llm().ifPresent(LlmCoach::close);
        services.attempts().close();
        services.index().close();
    }
}
