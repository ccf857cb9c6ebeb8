package dev.rehearse;

import dev.rehearse.coach.Coach;
import dev.rehearse.coach.DraftAnalyzer;
import dev.rehearse.coach.KnowledgeVocabulary;
import dev.rehearse.coach.LanguageCheckSetup;
import dev.rehearse.coach.language.EnglishVariant;
import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.coach.intent.IntentReaders;
import dev.rehearse.coach.intent.RecentVectors;
import dev.rehearse.coach.roles.MeaningReader;
import dev.rehearse.coach.roles.RoleModelCache;
import dev.rehearse.coach.roles.SentenceEmbedder;
import dev.rehearse.config.ConfigException;
import dev.rehearse.config.Env;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.http.RehearseServer;
import dev.rehearse.http.StartupServer;
import dev.rehearse.http.VoiceController;
import dev.rehearse.voice.OpenAiTranscriber;
import dev.rehearse.voice.RecordingStore;
import dev.rehearse.voice.SpokenAnswers;
import dev.rehearse.voice.Transcriber;
import dev.rehearse.voice.VoiceSettings;
import dev.rehearse.llm.LlmCoach;
import dev.rehearse.llm.settings.LlmSettings;
import dev.rehearse.llm.retrieval.PassageSearch;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.practice.StoreStatus;
import dev.rehearse.search.Embedder;
import dev.rehearse.search.IndexingProgress;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.search.SyncReport;
import dev.rehearse.llm.call.CallContext;
import dev.rehearse.llm.call.ChatModels;
import dev.rehearse.llm.call.FailureClassifier;
import dev.rehearse.llm.guard.KnowledgeFacts;
import dev.rehearse.llm.transport.RetryPolicy;
import dev.rehearse.llm.transport.UpstreamTransport;
import dev.rehearse.mock.InterviewerModel;
import dev.rehearse.mock.MockCompany;
import dev.rehearse.mock.MockInterview;
import dev.rehearse.mock.MockStore;
import dev.rehearse.mock.ModelInterviewer;
import dev.rehearse.plan.ModelMeaning;
import dev.rehearse.plan.StoryFinder;
import dev.rehearse.service.AnalysisDeadline;
import dev.rehearse.service.CompanyScope;
import dev.rehearse.service.MockService;
import dev.rehearse.service.PlanService;
import dev.rehearse.service.RehearseService;
import dev.rehearse.service.SpokenDrafts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the only place that builds the object graph. {@link #start} assembles the whole
 * application for {@code serve} (the index, synced and watched; the offline coach with its spelling check loading
 * in the background; the model when one is configured; the practice history; the service; the server over it).
 * {@link #standalone} builds the same graph without a server for a one-off CLI command, and {@link #offline} the
 * offline service over an index a test or tool already has.
 */
public final class RehearseApp implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RehearseApp.class);
    /** A one-off command has nothing else to do meanwhile, so it waits this long for the spelling check. */
    private static final Duration SPELLING_WAIT = Duration.ofSeconds(60);

    private final RehearseService service;
    private final RehearseServer server;
    private final LanguageChecker language;
    private final Runnable closeParts;

    private RehearseApp(RehearseService service, RehearseServer server, LanguageChecker language, Runnable closeParts) {
        this.service = service;
        this.server = server;
        this.language = language;
        this.closeParts = closeParts;
    }

    /**
     * Builds and starts everything. Settings are checked first, and the address is tried before any indexing, so a
     * bad setting or a port in use fails at once.
     */
    public static RehearseApp start(ServerSettings settings, Env env, Embedder embedder) {
        LlmSettings llmSettings = LlmSettings.from(env);
        EnglishVariant english = english(env);
        AnalysisDeadline analyses = AnalysisDeadline.from(env);
        RehearseServer.checkCanListen(settings);
        log.info("Knowledge folder {}, data folder {}", settings.knowledgeDir().toAbsolutePath().normalize(),
                settings.dataDir().toAbsolutePath().normalize());
        log.info(llmSettings.describe().summary());

        // the address answers from the start: a first start embeds every passage of the notes, which takes tens of
        // seconds on a busy machine, and the page shows how far it has got instead of a browser that cannot connect
        IndexingProgress progress = new IndexingProgress();
        StartupServer starting = new StartupServer(settings, progress).start();
        // port 0 picked a free port: the real server takes the same one
        ServerSettings listening = new ServerSettings(settings.host(), starting.port(), settings.knowledgeDir(),
                settings.dataDir(), settings.accessToken());
        KnowledgeIndex index;
        try {
            index = KnowledgeIndex.open(listening.knowledgeDir(), listening.dataDir().resolve("index"), embedder, progress);
        } catch (RuntimeException e) {
            starting.stop();
            throw e;
        }
        SyncReport first = index.stats().lastReport();
        log.info("Index ready: {}", first.summary());
        Optional<LlmCoach> llm = Optional.empty();
        AttemptStore attempts = null;
        try {
            index.startWatching();
            // the spelling check loads in the background once the server listens: no request waits for it
            LanguageChecker language = LanguageCheckSetup.prepare(english, KnowledgeVocabulary.from(index.knowledge()));
            llm = LlmCoach.create(llmSettings, PassageSearch.withoutSnippets(index), index::knowledge);
            attempts = AttemptStore.inDataDir(listening.dataDir());
            StoreStatus history = attempts.status();
            if (history.available()) {
                log.info("Practice history in {}", history.databaseFile());
            } else {
                // the page works without it; the history endpoints keep saying why until it is fixed
                log.warn("Practice history unavailable: {}", history.message());
            }
            SentenceEmbedder sentences = sentences(embedder);
            MeaningReader meaning = meaningReader(sentences, listening);
            IntentReaders intent = IntentReaders.served(sentences);
            RehearseService service = service(index, language, meaning, intent, llmSettings, llm, attempts, analyses,
                    company(env));
            PlanService plan = plan(env, embedder, meaning, index, service, attempts);
            RehearseServer server = new RehearseServer(listening, service, voice(env, listening, service), plan);
            try {
                // a model loading in the background must be ready before the first search can come in
                embedder.awaitLoaded();
                starting.stop();
                server.start();
            } catch (RuntimeException e) {
                server.stop();
                throw e;
            }
            warmUp(meaning, intent, plan, language);
            return new RehearseApp(service, server, language, closer(index, llm, attempts, service));
        } catch (RuntimeException e) {
            starting.stop();
            closer(index, llm, attempts).run();
            throw e;
        }
    }

    /**
     * The graph of {@link #start} without the server, for one CLI command: the index brought up to date but not
     * watched, the spelling check loaded before this returns (or switched off), and the model as configured in the
     * environment and {@code .env} unless {@code offline}.
     */
    public static Standalone standalone(ServerSettings settings, Env env, Embedder embedder, boolean spelling,
                                        boolean offline) {
        LlmSettings llmSettings = offline ? LlmSettings.none() : LlmSettings.from(env);
        EnglishVariant english = english(env);
        KnowledgeIndex index = KnowledgeIndex.open(settings.knowledgeDir(), settings.dataDir().resolve("index"), embedder);
        Optional<LlmCoach> llm = Optional.empty();
        AttemptStore attempts = null;
        try {
            LanguageChecker language = spelling
                    ? LanguageCheckSetup.start(english, KnowledgeVocabulary.from(index.knowledge()))
                    : LanguageChecker.disabled(english, "switched off with --no-language");
            language.awaitReady(SPELLING_WAIT);
            llm = LlmCoach.create(llmSettings, PassageSearch.withoutSnippets(index), index::knowledge);
            attempts = AttemptStore.inDataDir(settings.dataDir());
            SentenceEmbedder sentences = sentences(embedder);
            MeaningReader meaning = meaningReader(sentences, settings);
            RehearseService service = service(index, language, meaning, IntentReaders.served(sentences), llmSettings, llm,
                    attempts, AnalysisDeadline.standard(), company(env));
            return new Standalone(service, plan(env, embedder, meaning, index, service, attempts), closer(index, llm, attempts, service));
        } catch (RuntimeException e) {
            closer(index, llm, attempts).run();
            throw e;
        }
    }

    /** The offline service (no model, no spelling check) over {@code index} with the given history. */
    public static RehearseService offline(KnowledgeIndex index, AttemptStore attempts) {
        LanguageChecker language = LanguageChecker.disabled(EnglishVariant.BRITISH, "not started in this server");
        return service(index, language, LlmSettings.none(), Optional.empty(), attempts);
    }

    /** The offline coach without the embedding model's reading of roles and relevance (cue words only). */
    public static RehearseService service(KnowledgeIndex index, LanguageChecker language, LlmSettings llmSettings,
                                          Optional<LlmCoach> llm, AttemptStore attempts) {
        return service(index, language, null, llmSettings, llm, attempts);
    }

    /** The offline coach with sentence roles read by {@code meaning}, each analysis given the default time. */
    public static RehearseService service(KnowledgeIndex index, LanguageChecker language, MeaningReader meaning,
                                          LlmSettings llmSettings, Optional<LlmCoach> llm, AttemptStore attempts) {
        return service(index, language, meaning, llmSettings, llm, attempts, AnalysisDeadline.standard());
    }

    /** As below: question types and red flags read by cue words alone, the default company the only one or the first. */
    public static RehearseService service(KnowledgeIndex index, LanguageChecker language, MeaningReader meaning,
                                          LlmSettings llmSettings, Optional<LlmCoach> llm, AttemptStore attempts,
                                          AnalysisDeadline analyses) {
        return service(index, language, meaning, null, llmSettings, llm, attempts, analyses, Optional.empty());
    }

    /**
     * The one place the offline coach is built: every graph above goes through here. A folder with several companies
     * gets a coach per company, each seeing the shared candidate files and that company's research.
     *
     * @param intent  question types and red flags read by meaning; null for cue words alone
     * @param company the default company's slug from the settings, if named there
     */
    public static RehearseService service(KnowledgeIndex index, LanguageChecker language, MeaningReader meaning,
                                          IntentReaders intent, LlmSettings llmSettings, Optional<LlmCoach> llm,
                                          AttemptStore attempts, AnalysisDeadline analyses, Optional<String> company) {
        DraftAnalyzer analyzer = new DraftAnalyzer(language, KnowledgeVocabulary.empty(), meaning, intent);
        Coach coach = new Coach(analyzer, index);
        CompanyScope companies = new CompanyScope(index, coach, view -> new Coach(analyzer, view), company);
        SpokenDrafts spoken = new SpokenDrafts(new SpokenAnswers());
        return new RehearseService(index, coach, language, llmSettings, llm, attempts,
                mock(index, companies, attempts, llmSettings, spoken), analyses, spoken, companies);
    }

    /** {@code REHEARSE_COMPANY}: the slug of the company a request without one is about, read here at the edge. */
    static Optional<String> company(Env env) {
        return env.get("REHEARSE_COMPANY").map(String::strip).filter(v -> !v.isEmpty());
    }

    /**
     * The mock interview over the offline coach of the company each session is about, its sessions kept beside the
     * practice history; with a configured model, the model words the interviewer's turns.
     */
    private static MockService mock(KnowledgeIndex index, CompanyScope companies, AttemptStore attempts,
                                    LlmSettings llmSettings, SpokenDrafts spoken) {
        MockStore store = new MockStore(attempts);
        store.prepare().ifPresent(why -> log.warn("Mock interviews are not ready yet: {}", why));
        UpstreamTransport transport = llmSettings.enabled()
                ? new UpstreamTransport(llmSettings.timeout(), RetryPolicy.of(llmSettings.retries())) : null;
        ChatModels models = transport == null ? null : ChatModels.create(llmSettings, transport);
        Optional<InterviewerModel> model = transport == null ? Optional.empty() : Optional.of(new ModelInterviewer(
                models.chat(), models.streaming(), new CallContext(llmSettings, "", new FailureClassifier(llmSettings),
                        new KnowledgeFacts(index::knowledge), transport), store,
                llmSettings.describe().provider() + " " + llmSettings.describe().model()));
        Function<String, MockCompany> about = MockService.companies(companies, attempts);
        MockInterview interview = new MockInterview(store, about, model, Clock.systemUTC(), () -> UUID.randomUUID().toString());
        return new MockService(interview, about, () -> {
            if (transport != null) {
                transport.close();
            }
            store.close();
        }, spoken);
    }

    /** Sentence roles and relevance read with the search's embedding model; the role model cached in the data folder. */
    private static MeaningReader meaningReader(SentenceEmbedder sentences, ServerSettings settings) {
        return new MeaningReader(sentences, RoleModelCache.inDataDir(settings.dataDir()));
    }

    /**
     * The search's embedding model read sentence by sentence, remembering the last draft's vectors so the red flags
     * reuse the sentences the role reader has just embedded.
     */
    private static SentenceEmbedder sentences(Embedder embedder) {
        return RecentVectors.remembering(new SentenceEmbedder(embedder.modelId(), embedder::embedAll), SENTENCES_REMEMBERED);
    }

    /** Sentences whose vectors are remembered: a few long drafts, well under a megabyte of vectors. */
    private static final int SENTENCES_REMEMBERED = 512;

    /** Question types answered with a story: the coverage map looks for a story only for these. */
    private static final Set<String> STORY_TYPES = Set.of("behavioural", "mistake", "conflict", "working-style");

    /** Practice planning over the same model, index and history; the interview date read here at the edge. */
    public static PlanService plan(Env env, Embedder embedder, MeaningReader meaning, KnowledgeIndex index, RehearseService service,
                            AttemptStore attempts) {
        StoryFinder finder = new StoryFinder(new ModelMeaning(new SentenceEmbedder(embedder.modelId(), embedder::embedAll), meaning));
        return new PlanService(index::knowledge, finder, attempts,
                q -> STORY_TYPES.contains(service.classify(q).type().wireName()), service.companies(),
                Clock.systemUTC(), interviewDate(env));
    }

    /** {@code REHEARSE_INTERVIEW_DATE} as an ISO date (2026-12-18); a bad value names the variable. */
    static LocalDate interviewDate(Env env) {
        return env.get("REHEARSE_INTERVIEW_DATE").filter(v -> !v.isBlank()).map(v -> {
            try {
                return LocalDate.parse(v.strip());
            } catch (DateTimeParseException e) {
                throw new ConfigException("REHEARSE_INTERVIEW_DATE must be a date like 2026-12-18, got \"" + v + "\"");
            }
        }).orElse(null);
    }

    /**
     * Off the request path, one after the other on one thread so the first requests keep a core: loads or trains the
     * sentence-role model and embeds the question and red-flag examples (the first critique does not wait), builds the
     * story bank (the plan, the start page, does not wait), then loads the spelling check.
     */
    private static void warmUp(MeaningReader meaning, IntentReaders intent, PlanService plan, LanguageChecker language) {
        Thread t = new Thread(() -> {
            try {
                meaning.warmUp();
                intent.warmUp();
                plan.stories();
            } catch (RuntimeException e) {
                // the first request that needs them tries again and reports what went wrong there
                log.warn("Sentence-role model or story bank not ready: {}", e.getMessage());
            } finally {
                language.startLoading();
            }
        }, "role-model-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static Runnable closer(KnowledgeIndex index, Optional<LlmCoach> llm, AttemptStore attempts) {
        return closer(index, llm, attempts, null);
    }

    private static Runnable closer(KnowledgeIndex index, Optional<LlmCoach> llm, AttemptStore attempts, RehearseService service) {
        return () -> {
            if (service != null) {
                service.mock().close();
            }
            llm.ifPresent(LlmCoach::close);
            if (attempts != null) {
                attempts.close();
            }
            index.close();
        };
    }

    public RehearseServer server() {
        return server;
    }

    /** Where the page is served, for the CLI to print: it reaches the server only through this root. */
    public String url() {
        return server.url();
    }

    public RehearseService service() {
        return service;
    }

    /** The spelling check, loading in the background once the server listens. */
    public LanguageChecker language() {
        return language;
    }

    @Override
    public void close() {
        server.stop();
        closeParts.run();
    }

    /** The application without a server: a service for one command, and what to close after it. */
    public static final class Standalone implements AutoCloseable {

        private final RehearseService service;
        private final PlanService plan;
        private final Runnable closeParts;

        private Standalone(RehearseService service, PlanService plan, Runnable closeParts) {
            this.service = service;
            this.plan = plan;
            this.closeParts = closeParts;
        }

        public RehearseService service() {
            return service;
        }

        public PlanService plan() {
            return plan;
        }

        @Override
        public void close() {
            closeParts.run();
        }
    }

    /** The spelling variant the coach checks against, read here at the edge; a bad value names the variable. */
    static EnglishVariant english(Env env) {
        return env.get("REHEARSE_ENGLISH").map(v -> EnglishVariant.parse(v).orElseThrow(() -> new ConfigException(
                "REHEARSE_ENGLISH must be one of " + EnglishVariant.choices() + ", got \"" + v + "\""))).orElse(EnglishVariant.EITHER);
    }

    /** Voice practice as configured: transcription through the provider the settings name, or off. */
    static VoiceController voice(Env env, ServerSettings settings, RehearseService service) {
        VoiceSettings voice = VoiceSettings.from(env);
        Optional<Transcriber> transcriber = voice.enabled() ? Optional.of(new OpenAiTranscriber(voice)) : Optional.empty();
        return new VoiceController(transcriber, RecordingStore.inDataDir(settings.dataDir(), voice), service.spokenAnswers());
    }
}
