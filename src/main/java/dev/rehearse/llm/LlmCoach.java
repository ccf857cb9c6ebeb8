package dev.rehearse.llm;

import dev.langchain4j.rag.DefaultRetrievalAugmentor;
import dev.langchain4j.rag.RetrievalAugmentor;
import dev.langchain4j.service.AiServices;
import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.llm.assistant.AskAssistant;
import dev.rehearse.llm.assistant.CompanyTieAssistant;
import dev.rehearse.llm.assistant.CritiqueAssistant;
import dev.rehearse.llm.assistant.FollowUpAssistant;
import dev.rehearse.llm.call.AskCall;
import dev.rehearse.llm.call.CallContext;
import dev.rehearse.llm.call.ChatModels;
import dev.rehearse.llm.call.CritiqueCall;
import dev.rehearse.llm.call.FailureClassifier;
import dev.rehearse.llm.call.Fallbacks;
import dev.rehearse.llm.call.StreamHandle;
import dev.rehearse.llm.call.StreamListener;
import dev.rehearse.llm.call.StructuredCall;
import dev.rehearse.llm.call.Waiting;
import dev.rehearse.llm.guard.InventionGuard;
import dev.rehearse.llm.guard.KnowledgeFacts;
import dev.rehearse.llm.prompt.FactsBlock;
import dev.rehearse.llm.prompt.PassageInjector;
import dev.rehearse.llm.prompt.UntrustedText;
import dev.rehearse.llm.reply.LlmAnswer;
import dev.rehearse.llm.reply.LlmCompanyTie;
import dev.rehearse.llm.reply.LlmCritique;
import dev.rehearse.llm.reply.LlmFollowUps;
import dev.rehearse.llm.reply.LlmOutcome;
import dev.rehearse.llm.request.CoachRequest;
import dev.rehearse.llm.retrieval.KnowledgeContentRetriever;
import dev.rehearse.llm.retrieval.PassageSearch;
import dev.rehearse.llm.retrieval.ResearchScope;
import dev.rehearse.llm.retrieval.RetrievalPlan;
import dev.rehearse.llm.settings.LlmSettings;
import dev.rehearse.llm.transport.RetryPolicy;
import dev.rehearse.llm.transport.UpstreamTransport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The LLM coach: critique, follow-ups, company ties and free questions, each grounded in passages
 * found by our hybrid search, checked against the candidate's material, and falling back to the
 * offline report with a note when the model cannot be used. One instance per configured model; it
 * is thread-safe and meant to live as long as the server.
 */
public final class LlmCoach implements AutoCloseable {

    /** What the notes on failures say the user gets instead. */
    public static final String OFFLINE_FALLBACK = Fallbacks.OFFLINE;
    public static final String PASSAGES_FALLBACK = Fallbacks.PASSAGES;

    private final LlmSettings settings;
    private final UpstreamTransport transport;
    private final ChatModels models;
    private final String rules;
    private final ResearchScope whole;
    private final Assistants wholeAssistants;
    /** One set of assistants per company: each retrieves from that company's view and names it in the rules. */
    private final Map<CompanyKey, Assistants> byCompany = new ConcurrentHashMap<>();

    /** A company as the assistants are kept by: a research folder whose declared name changes gets new ones. */
    private record CompanyKey(String slug, String company) {
    }

    /** The four assistants over one scope's retrieval, and the call context whose rules and guard are that scope's. */
    private record Assistants(CallContext context, CritiqueAssistant critique, FollowUpAssistant followUps,
                              CompanyTieAssistant tie, AskAssistant ask) {
    }

    private LlmCoach(LlmSettings settings, PassageSearch search, Supplier<KnowledgeBase> knowledge) {
        this.settings = settings;
        this.transport = new UpstreamTransport(settings.timeout(), RetryPolicy.of(settings.retries()));
        this.models = ChatModels.create(settings, transport);
        this.rules = resource("/prompts/rules.txt").strip();
        this.whole = ResearchScope.whole(search, knowledge);
        this.wholeAssistants = assistants(whole);
        Thread warm = new Thread(InventionGuard::warmUp, "rehearse-guard-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    private Assistants assistants(ResearchScope scope) {
        CallContext context = new CallContext(settings, rules + companyRule(scope.company()), new FailureClassifier(settings),
                new KnowledgeFacts(scope.knowledge()), transport);
        RetrievalAugmentor augmentor = DefaultRetrievalAugmentor.builder()
                .contentRetriever(new KnowledgeContentRetriever(scope.search()))
                .contentInjector(new PassageInjector())
                .build();
        return new Assistants(context,
                AiServices.builder(CritiqueAssistant.class).streamingChatModel(models.streaming()).retrievalAugmentor(augmentor).build(),
                AiServices.builder(FollowUpAssistant.class).chatModel(models.chat()).retrievalAugmentor(augmentor).build(),
                AiServices.builder(CompanyTieAssistant.class).chatModel(models.chat()).retrievalAugmentor(augmentor).build(),
                AiServices.builder(AskAssistant.class).streamingChatModel(models.streaming()).retrievalAugmentor(augmentor).build());
    }

    /**
     * The rules' last line, naming the company the research passages are about; none when no company is named. The name
     * comes from the research's front matter, so it is put in as one line with nothing to break out of the rules with.
     */
    static String companyRule(String company) {
        if (company.isBlank()) {
            return "";
        }
        String name = UntrustedText.attribute(company);
        return "\n\nThe candidate is interviewing with " + name + ". The company research among the passages is research"
                + " on " + name + " alone.";
    }

    private Assistants of(ResearchScope scope) {
        if (scope.slug() == null && scope.company().isEmpty()) {
            return wholeAssistants;
        }
        return byCompany.computeIfAbsent(new CompanyKey(scope.slug(), scope.company()), k -> assistants(scope));
    }

    /**
     * The coach for these settings, or empty when no model is configured ({@code REHEARSE_LLM=none}).
     *
     * @param search    the hybrid search ({@code KnowledgeIndex::search})
     * @param knowledge the current knowledge snapshot, for the invention guard
     */
    public static Optional<LlmCoach> create(LlmSettings settings, PassageSearch search, Supplier<KnowledgeBase> knowledge) {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        return Optional.of(new LlmCoach(settings, search, knowledge));
    }

    public LlmSettings settings() {
        return settings;
    }

    /**
     * Streams a critique: {@code onToken} carries the summary as it is written, {@code onComplete} the
     * checked critique. Invalid JSON is retried once (silently), then reported.
     */
    public StreamHandle critique(CoachRequest request, StreamListener<LlmCritique> listener) {
        return critique(whole, request, listener);
    }

    /** As {@link #critique(CoachRequest, StreamListener)}, reading only {@code scope}'s notes and research. */
    public StreamHandle critique(ResearchScope scope, CoachRequest request, StreamListener<LlmCritique> listener) {
        Assistants a = of(scope);
        return CritiqueCall.start(a.critique(), models.critiqueParameters(), a.context(), request, listener);
    }

    /** The critique, waited for. */
    public LlmOutcome<LlmCritique> critique(CoachRequest request) {
        return critique(whole, request);
    }

    /** The critique, waited for, reading only {@code scope}'s notes and research. */
    public LlmOutcome<LlmCritique> critique(ResearchScope scope, CoachRequest request) {
        return Waiting.forOutcome(of(scope).context(), 2, listener -> critique(scope, request, listener));
    }

    /** Likely follow-up questions with how to prepare. */
    public LlmOutcome<LlmFollowUps> followUps(CoachRequest request) {
        return followUps(whole, request);
    }

    /** Likely follow-up questions with how to prepare, reading only {@code scope}'s notes and research. */
    public LlmOutcome<LlmFollowUps> followUps(ResearchScope scope, CoachRequest request) {
        Assistants a = of(scope);
        CallContext context = a.context();
        return StructuredCall.run(context, request,
                () -> a.followUps().followUps(context.rules(), UntrustedText.block(request.question()),
                        UntrustedText.block(request.draft()), FactsBlock.render(request.offline()),
                        KnowledgeContentRetriever.parameters(request.question(), request.draft(), RetrievalPlan.FOLLOW_UPS)),
                r -> r.followUps().isEmpty() ? null : r,
                (checks, r, sent, notes) -> checks.followUps(r, sent, notes));
    }

    /** How the draft ties to the company, with bridging sentences. */
    public LlmOutcome<LlmCompanyTie> companyTie(CoachRequest request) {
        return companyTie(whole, request);
    }

    /** How the draft ties to {@code scope}'s company, reading only its notes and research. */
    public LlmOutcome<LlmCompanyTie> companyTie(ResearchScope scope, CoachRequest request) {
        Assistants a = of(scope);
        CallContext context = a.context();
        return StructuredCall.run(context, request,
                () -> a.tie().tie(context.rules(), UntrustedText.block(request.question()),
                        UntrustedText.block(request.draft()), FactsBlock.render(request.offline()),
                        KnowledgeContentRetriever.parameters(request.question(), request.draft(), RetrievalPlan.COMPANY_TIE)),
                r -> r.summary() == null && r.bridges().isEmpty() ? null : r,
                (checks, r, sent, notes) -> checks.companyTie(r, sent, notes));
    }

    /** Streams the answer to a free question about the notes or the company. */
    public StreamHandle ask(String question, StreamListener<LlmAnswer> listener) {
        return ask(whole, question, listener);
    }

    /** Streams the answer to a free question, reading only {@code scope}'s notes and research. */
    public StreamHandle ask(ResearchScope scope, String question, StreamListener<LlmAnswer> listener) {
        Assistants a = of(scope);
        return AskCall.start(a.ask(), a.context(), question, listener);
    }

    /** The answer to a free question, waited for. */
    public LlmOutcome<LlmAnswer> ask(String question) {
        return ask(whole, question);
    }

    /** The answer to a free question, waited for, reading only {@code scope}'s notes and research. */
    public LlmOutcome<LlmAnswer> ask(ResearchScope scope, String question) {
        return Waiting.forOutcome(of(scope).context(), 1, listener -> ask(scope, question, listener));
    }

    @Override
    public void close() {
        transport.close();
    }

    private static String resource(String name) {
        try (InputStream in = LlmCoach.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
