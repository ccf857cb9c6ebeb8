package dev.rehearse.llm;

import dev.langchain4j.rag.DefaultRetrievalAugmentor;
import dev.langchain4j.rag.RetrievalAugmentor;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.llm.assistant.AskAssistant;
import dev.rehearse.llm.assistant.CompanyTieAssistant;
import dev.rehearse.llm.assistant.CritiqueAssistant;
import dev.rehearse.llm.assistant.FollowUpAssistant;
import dev.rehearse.llm.guard.InventionGuard;
import dev.rehearse.llm.guard.SourceFacts;
import dev.rehearse.llm.prompt.FactsBlock;
import dev.rehearse.llm.prompt.PassageInjector;
import dev.rehearse.llm.prompt.UntrustedText;
import dev.rehearse.llm.retrieval.KnowledgeContentRetriever;
import dev.rehearse.llm.retrieval.PassageMetadata;
import dev.rehearse.llm.retrieval.PassageSearch;
import dev.rehearse.llm.retrieval.RetrievalPlan;
import dev.rehearse.llm.transport.CallScope;
import dev.rehearse.llm.transport.RetryPolicy;
import dev.rehearse.llm.transport.UpstreamTransport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The LLM coach: critique, follow-ups, company ties and free questions, each grounded in passages
 * found by our hybrid search, checked against the candidate's material, and falling back to the
 * offline report with a note when the model cannot be used. One instance per configured model; it
 * is thread-safe and meant to live as long as the server.
 */
public final class LlmCoach implements AutoCloseable {

    /** What the notes on failures say the user gets instead. */
    public static final String OFFLINE_FALLBACK = "Showing the offline analysis only.";
    public static final String PASSAGES_FALLBACK = "Showing the matching passages instead.";

    private final LlmSettings settings;
    private final UpstreamTransport transport;
    private final ChatModels models;
    private final CritiqueAssistant critique;
    private final FollowUpAssistant followUps;
    private final CompanyTieAssistant tie;
    private final AskAssistant ask;
    private final Supplier<KnowledgeBase> knowledge;
    private final FailureClassifier failures;
    private final String rules;
    private final AtomicReference<CachedFacts> facts = new AtomicReference<>();

    private record CachedFacts(KnowledgeBase knowledge, SourceFacts facts) {
    }

    private LlmCoach(LlmSettings settings, PassageSearch search, Supplier<KnowledgeBase> knowledge) {
        this.settings = settings;
        this.knowledge = knowledge;
        this.transport = new UpstreamTransport(settings.timeout(), RetryPolicy.of(settings.retries()));
        this.models = ChatModels.create(settings, transport);
        this.failures = new FailureClassifier(settings);
        this.rules = resource("/prompts/rules.txt").strip();
        RetrievalAugmentor augmentor = DefaultRetrievalAugmentor.builder()
                .contentRetriever(new KnowledgeContentRetriever(search))
                .contentInjector(new PassageInjector())
                .build();
        this.critique = AiServices.builder(CritiqueAssistant.class)
                .streamingChatModel(models.streaming()).retrievalAugmentor(augmentor).build();
        this.ask = AiServices.builder(AskAssistant.class)
                .streamingChatModel(models.streaming()).retrievalAugmentor(augmentor).build();
        this.followUps = AiServices.builder(FollowUpAssistant.class)
                .chatModel(models.chat()).retrievalAugmentor(augmentor).build();
        this.tie = AiServices.builder(CompanyTieAssistant.class)
                .chatModel(models.chat()).retrievalAugmentor(augmentor).build();
        Thread warm = new Thread(InventionGuard::warmUp, "rehearse-guard-warm-up");
        warm.setDaemon(true);
        warm.start();
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
        StreamHandle handle = new StreamHandle(new CallScope());
        new CritiqueStream(this, request, listener, handle).attempt(1);
        return handle;
    }

    /** The critique, waited for. */
    public LlmOutcome<LlmCritique> critique(CoachRequest request) {
        return collect(listener -> critique(request, listener));
    }

    /** Likely follow-up questions with how to prepare. */
    public LlmOutcome<LlmFollowUps> followUps(CoachRequest request) {
        return structured(request,
                () -> followUps.followUps(rules, UntrustedText.block(request.question()),
                        UntrustedText.block(request.draft()), FactsBlock.render(request.offline()),
                        KnowledgeContentRetriever.parameters(request.question(), request.draft(), RetrievalPlan.FOLLOW_UPS)),
                r -> r.followUps().isEmpty() ? null : r,
                (checks, r, sent, notes) -> checks.followUps(r, sent, notes));
    }

    /** How the draft ties to the company, with bridging sentences. */
    public LlmOutcome<LlmCompanyTie> companyTie(CoachRequest request) {
        return structured(request,
                () -> tie.tie(rules, UntrustedText.block(request.question()),
                        UntrustedText.block(request.draft()), FactsBlock.render(request.offline()),
                        KnowledgeContentRetriever.parameters(request.question(), request.draft(), RetrievalPlan.COMPANY_TIE)),
                r -> r.summary() == null && r.bridges().isEmpty() ? null : r,
                (checks, r, sent, notes) -> checks.companyTie(r, sent, notes));
    }

    /** Streams the answer to a free question about the notes or the company. */
    public StreamHandle ask(String question, StreamListener<LlmAnswer> listener) {
        StreamHandle handle = new StreamHandle(new CallScope());
        new AskStream(this, question, listener, handle).start();
        return handle;
    }

    /** The answer to a free question, waited for. */
    public LlmOutcome<LlmAnswer> ask(String question) {
        return collect(listener -> ask(question, listener));
    }

    @Override
    public void close() {
        transport.close();
    }

    // ---- shared by the calls

    CritiqueAssistant critiqueAssistant() {
        return critique;
    }

    AskAssistant askAssistant() {
        return ask;
    }

    ChatModels models() {
        return models;
    }

    FailureClassifier failures() {
        return failures;
    }

    String rules() {
        return rules;
    }

    /** The guard's view of the knowledge, rebuilt only when the snapshot changes. */
    ReplyChecks checks(CoachRequest request) {
        KnowledgeBase kb = knowledge.get();
        CachedFacts cached = facts.get();
        if (cached == null || cached.knowledge() != kb) {
            cached = rebuildFacts(kb);
        }
        return new ReplyChecks(cached.facts(), request);
    }

    /**
     * One thread builds the facts while the others wait for them: under load (the load benchmark's 100 streamed
     * asks at once) every first answer otherwise built its own copy of the same facts.
     */
    private synchronized CachedFacts rebuildFacts(KnowledgeBase kb) {
        CachedFacts cached = facts.get();
        if (cached != null && cached.knowledge() == kb) {
            return cached;
        }
        List<String> texts = new ArrayList<>();
        for (Passage p : kb.passages()) {
            texts.add(p.searchableText());
            texts.add(p.section());
        }
        cached = new CachedFacts(kb, SourceFacts.of(texts));
        facts.set(cached);
        return cached;
    }

    static List<Citation> numbered(List<Content> sent) {
        List<Citation> out = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            out.add(PassageMetadata.from(sent.get(i).textSegment().metadata()).citation(i + 1));
        }
        return out;
    }

    @FunctionalInterface
    private interface Check<T> {
        LlmReply<T> apply(ReplyChecks checks, T result, List<Citation> sent, List<String> notes);
    }

    /** A plain structured call: invalid JSON once is retried, then the failure is reported. */
    private <T> LlmOutcome<T> structured(CoachRequest request, Supplier<Result<T>> call,
                                         Function<T, T> usable, Check<T> check) {
        List<String> notes = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            try {
                Result<T> result = call.get();
                T content = result.content() == null ? null : usable.apply(result.content());
                List<Citation> sent = numbered(result.sources() == null ? List.of() : result.sources());
                if (content != null) {
                    return LlmOutcome.of(check.apply(checks(request), content, sent, notes));
                }
                if (attempt >= 2) {
                    return LlmOutcome.failed(failures.malformed(OFFLINE_FALLBACK).withRetrieved(sent));
                }
            } catch (RuntimeException e) {
                LlmFailure failure = failures.classify(e, OFFLINE_FALLBACK);
                if (failure.kind() != FailureKind.MALFORMED || attempt >= 2) {
                    return LlmOutcome.failed(failure);
                }
            }
            notes.add("The model's first answer was not valid JSON; it was asked once more.");
        }
    }

    private static <T> LlmOutcome<T> collect(Function<StreamListener<T>, StreamHandle> start) {
        AtomicReference<LlmOutcome<T>> outcome = new AtomicReference<>();
        StreamHandle handle = start.apply(new StreamListener<>() {
            @Override
            public void onToken(String text) {
                // the whole result comes at the end
            }

            @Override
            public void onComplete(LlmReply<T> reply) {
                outcome.set(LlmOutcome.of(reply));
            }

            @Override
            public void onError(LlmFailure failure) {
                outcome.set(LlmOutcome.failed(failure));
            }
        });
        try {
            // no deadline needed here: the transport times out a silent server and reports the end
            // of a stream that never completed, so every call ends
            handle.await(Long.MAX_VALUE, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            handle.cancel();
            Thread.currentThread().interrupt();
            return LlmOutcome.failed(new LlmFailure(FailureKind.CANCELLED, "Cancelled.", List.of()));
        }
        LlmOutcome<T> result = outcome.get();
        return result != null ? result : LlmOutcome.failed(new LlmFailure(FailureKind.CANCELLED, "Cancelled.", List.of()));
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
