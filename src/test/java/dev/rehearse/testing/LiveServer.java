package dev.rehearse.testing;

import dev.rehearse.RehearseApp;
import dev.rehearse.coach.roles.MeaningReader;
import dev.rehearse.coach.roles.RoleModelCache;
import dev.rehearse.coach.roles.SentenceEmbedder;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.http.VoiceController;
import dev.rehearse.search.MiniLmEmbedder;
import dev.rehearse.service.PlanService;
import dev.rehearse.voice.RecordingStore;
import dev.rehearse.voice.VoiceSettings;
import dev.rehearse.http.RehearseServer;
import dev.rehearse.llm.retrieval.PassageSearch;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.coach.KnowledgeVocabulary;
import dev.rehearse.coach.language.EnglishVariant;
import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.config.Env;
import dev.rehearse.service.RehearseService;
import dev.rehearse.llm.LlmCoach;
import dev.rehearse.llm.settings.LlmSettings;
import dev.rehearse.search.KnowledgeIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The real server on a random port of 127.0.0.1: the real index of the bundled knowledge and a real practice
 * history in {@code dataDir}. Stopping and starting another on the same folder is a server restart.
 */
public final class LiveServer implements AutoCloseable {

    private static LiveServer shared;
    private static MeaningReader meaning;

    private final RehearseServer server;
    private final AttemptStore store;

    private final Runnable onClose;
    private final boolean isShared;

    private LiveServer(RehearseServer server, AttemptStore store, Runnable onClose) {
        this(server, store, onClose, false);
    }

    private LiveServer(RehearseServer server, AttemptStore store, Runnable onClose, boolean isShared) {
        this.server = server;
        this.store = store;
        this.onClose = onClose;
        this.isShared = isShared;
    }

    public static LiveServer start(Path dataDir) {
        return start(dataDir, null);
    }

    /** With an access token every request must carry. */
    public static LiveServer start(Path dataDir, String accessToken) {
        AttemptStore store = AttemptStore.inDataDir(dataDir);
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, dataDir, accessToken);
        RehearseServer server = new RehearseServer(settings, RehearseApp.offline(BundledKnowledge.index(), store)).start();
        return new LiveServer(server, store, () -> { });
    }

    /**
     * As {@link #start(Path)}, with practice planning ({@code /api/plan}, {@code /api/coverage}, {@code /api/stories})
     * read with the real embedding model and a sentence-role model trained once per test JVM.
     */
    public static LiveServer startWithPlan(Path dataDir) {
        AttemptStore store = AttemptStore.inDataDir(dataDir);
        KnowledgeIndex index = BundledKnowledge.index();
        RehearseService service = RehearseApp.offline(index, store);
        PlanService plan = RehearseApp.plan(Env.of(Map.of()), BundledKnowledge.embedder(), meaning(), index, service, store);
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, dataDir);
        VoiceController voice = new VoiceController(Optional.empty(), RecordingStore.inDataDir(dataDir, VoiceSettings.none()),
                service.spokenAnswers());
        return new LiveServer(new RehearseServer(settings, service, voice, plan).start(), store, () -> { });
    }

    private static synchronized MeaningReader meaning() {
        if (meaning == null) {
            MiniLmEmbedder m = BundledKnowledge.embedder();
            meaning = new MeaningReader(new SentenceEmbedder(m.modelId(), m::embedAll), RoleModelCache.inMemory());
        }
        return meaning;
    }

    /**
     * The offline coach as {@code serve} runs it, spelling and grammar check included (LanguageTool, loaded before
     * this returns, so the first critique is already checked).
     */
    public static LiveServer startWithSpelling(Path dataDir) {
        AttemptStore store = AttemptStore.inDataDir(dataDir);
        KnowledgeIndex index = BundledKnowledge.index();
        LanguageChecker language = BundledKnowledge.languageChecker();
        RehearseService services = RehearseApp.service(index, language, LlmSettings.none(), Optional.empty(), store);
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, dataDir);
        return new LiveServer(new RehearseServer(settings, services).start(), store, () -> { });
    }

    /**
     * One server per test JVM, as {@link #startWithSpelling(Path)} starts it, with its practice history in a temp
     * folder, for test classes that only add to the history and count from what they find there. It stops with the
     * JVM; {@link #close()} leaves it running for the next class.
     */
    public static synchronized LiveServer shared() {
        if (shared == null) {
            try {
                Path dataDir = Files.createTempDirectory("rehearse-shared-server");
                LiveServer started = startWithSpelling(dataDir);
                shared = new LiveServer(started.server, started.store, started.onClose, true);
                Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "stop-shared-server"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /**
     * With an OpenAI-compatible model at {@code baseUrl} (WireMock in tests), model name {@code gpt-test}: the
     * same services {@code serve} assembles, with the offline coach's spelling check off.
     */
    public static LiveServer startWithOpenAi(Path dataDir, String baseUrl) {
        return startWithOpenAi(dataDir, baseUrl, Map.of());
    }

    /** As {@link #startWithOpenAi(Path, String)}, with further settings ({@code REHEARSE_LLM_TIMEOUT}, …). */
    public static LiveServer startWithOpenAi(Path dataDir, String baseUrl, Map<String, String> more) {
        AttemptStore store = AttemptStore.inDataDir(dataDir);
        KnowledgeIndex index = BundledKnowledge.index();
        Map<String, String> env = new java.util.HashMap<>(Map.of("REHEARSE_LLM", "openai", "OPENAI_BASE_URL", baseUrl,
                "OPENAI_API_KEY", "test-key", "OPENAI_MODEL", "gpt-test", "REHEARSE_LLM_RETRIES", "0"));
        env.putAll(more);
        LlmSettings llmSettings = LlmSettings.from(Env.of(env));
        LanguageChecker language = LanguageChecker.disabled(EnglishVariant.BRITISH, "not started in this test");
        Optional<LlmCoach> llm = LlmCoach.create(llmSettings, PassageSearch.withoutSnippets(index), index::knowledge);
        RehearseService services = RehearseApp.service(index, language, llmSettings, llm, store);
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, dataDir);
        return new LiveServer(new RehearseServer(settings, services).start(), store, () -> llm.ifPresent(LlmCoach::close));
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.javalin().port() + path;
    }

    public AttemptStore store() {
        return store;
    }

    @Override
    public void close() {
        if (!isShared) {
            stop();
        }
    }

    private void stop() {
        server.stop();
        onClose.run();
        store.close();
    }
}
