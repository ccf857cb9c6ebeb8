package dev.rehearse.coach;

import dev.rehearse.coach.CoachRules.TypeProfile;
import dev.rehearse.coach.intent.IntentReaders;
import dev.rehearse.coach.language.EnglishVariant;
import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.coach.report.Concern;
import dev.rehearse.coach.report.Delivery;
import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.Evidence;
import dev.rehearse.coach.report.FindingKind;
import dev.rehearse.coach.report.LanguageReport;
import dev.rehearse.coach.report.Ownership;
import dev.rehearse.coach.report.PhraseFinding;
import dev.rehearse.coach.report.QuestionReport;
import dev.rehearse.coach.report.Relevance;
import dev.rehearse.coach.report.StructureReport;
import dev.rehearse.coach.roles.DraftMeaning;
import dev.rehearse.coach.roles.MeaningReader;
import dev.rehearse.coach.text.DraftText;
import dev.rehearse.coach.text.Sentence;
import dev.rehearse.coach.text.Span;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.text.Cancellation;
import java.util.ArrayList;
import java.util.List;

/**
 * The deterministic offline analysis of (question, draft): its type, structure, evidence, ownership, delivery,
 * relevance, concerns and the scores that trace to them.
 * Pure apart from the optional language check; the same input gives the same report. Thread-safe.
 */
public final class DraftAnalyzer {

    private final CoachRules rules;
    private final LanguageChecker language;
    private final KnowledgeVocabulary vocabulary;
    private final QuestionClassifier classifier;
    private final EvidenceExtractor evidence;
    private final OwnershipAnalyzer ownership = new OwnershipAnalyzer();
    private final DeliveryAnalyzer delivery = new DeliveryAnalyzer();
    private final RelevanceAnalyzer relevance = new RelevanceAnalyzer();
    private final StructureAnalyzer structure = new StructureAnalyzer();
    private final Scorer scorer;
    /** Reads roles and closeness to the question with the embedding model; null without one. */
    private final MeaningReader meaning;
    /** Reads the question's type and the answer's red flags by meaning; null to go by cue words alone. */
    private final IntentReaders intent;

    /** Without a language check and without knowledge of the notes or the company. */
    public DraftAnalyzer() {
        this(LanguageChecker.disabled(EnglishVariant.BRITISH, "the spelling and grammar check is not switched on"), KnowledgeVocabulary.empty());
    }

    public DraftAnalyzer(LanguageChecker language, KnowledgeVocabulary vocabulary) {
        this(language, vocabulary, null);
    }

    /**
     * @param meaning reads sentence roles and closeness to the question with the embedding model; null to judge
     *                structure by cue words and relevance without meaning
     */
    public DraftAnalyzer(LanguageChecker language, KnowledgeVocabulary vocabulary, MeaningReader meaning) {
        this(language, vocabulary, meaning, null);
    }

    /**
     * @param intent reads the question's type and the red flags by meaning as well as by cue words; null for cue
     *               words alone
     */
    public DraftAnalyzer(LanguageChecker language, KnowledgeVocabulary vocabulary, MeaningReader meaning, IntentReaders intent) {
        this.meaning = meaning;
        this.intent = intent;
        this.rules = CoachRules.shared();
        this.language = language;
        this.vocabulary = vocabulary;
        this.classifier = new QuestionClassifier(rules, intent == null ? null : intent.types(), intent == null || intent.typesOverruleCues());
        this.evidence = new EvidenceExtractor(rules);
        this.scorer = new Scorer(rules);
    }

    public KnowledgeVocabulary vocabulary() {
        return vocabulary;
    }

    public LanguageChecker languageChecker() {
        return language;
    }

    /**
     * The question's reading this analyzer scores by, against a knowledge snapshot's company names: the one reading
     * the critique, the mock interview and the plan share.
     */
    QuestionReport classify(String question, KnowledgeVocabulary vocabulary) {
        return classifier.classify(question == null ? "" : question, vocabulary.companyNames());
    }

    public DraftAnalysis analyze(String question, String draft) {
        return analyze(question, draft, vocabulary);
    }

    /** The draft-only analysis against the names and themes of a given knowledge snapshot. */
    DraftAnalysis analyze(String question, String draft, KnowledgeVocabulary vocabulary) {
        return analyze(question, draft, vocabulary, true);
    }

    /** As above; {@code checkLanguage} false skips the spelling check for callers that do not show it. */
    DraftAnalysis analyze(String question, String draft, KnowledgeVocabulary vocabulary, boolean checkLanguage) {
        String q = question == null ? "" : question;
        QuestionReport questionReport = classify(q, vocabulary);
        TypeProfile profile = rules.profile(questionReport.type());
        DraftText text = DraftText.of(draft, rules.abbreviations);
        AnalysisContext ctx = new AnalysisContext(q, text, profile, rules, vocabulary);
        Evidence ev = evidence.extract(ctx);
        Cancellation.checkpoint();
        List<Passage> said = saidAbout(questionReport, vocabulary);
        DraftMeaning read = meaning == null ? null
                : meaning.read(q, questionReport.type().wireName(), text.sentences().stream().map(Sentence::text).toList(),
                        said.stream().map(Passage::text).toList());
        Cancellation.checkpoint();
        Relevance rel = relevance.analyze(ctx, read, said);
        StructureReport st = structure.analyze(ctx, ev, rel, read);
        Cancellation.checkpoint();
        Ownership own = ownership.analyze(ctx);
        Delivery del = delivery.analyze(ctx);
        Cancellation.checkpoint();
        LanguageReport lang = checkLanguage ? language.check(text)
                : LanguageReport.skipped(language.variant().code(), "not needed for this request");
        List<PhraseFinding> markup = new ArrayList<>();
        for (Span s : text.markup()) {
            markup.add(new PhraseFinding(ctx.ids.next(FindingKind.MARKUP), FindingKind.MARKUP, s,
                    "Markup pasted with the draft: shown as text, left out of the analysis.", "Remove it from the answer."));
        }
        Cancellation.checkpoint();
        List<Concern> concerns = new ArrayList<>(ConcernFinder.shared().find(ctx, questionReport.type(), intent == null ? null : intent.flags(),
                () -> Anchors.any(ctx, ev, rel, st)));
        concerns.addAll(Misconceptions.shared().find(ctx, concerns.size()));
        UnbackedFigures.find(text, ev, vocabulary, concerns.size()).ifPresent(concerns::add);
        Scorer.Input input = new Scorer.Input(questionReport, st, ev, own, del, rel, lang, concerns);
        return new DraftAnalysis(questionReport, st, ev, own, del, rel, lang, markup, concerns, scorer.score(input, null));
    }

    /**
     * What the interviewer said in reply to a question of the same type as this one: their "success at six months
     * means…" bears on any first-months question, however it is worded, and on nothing else.
     */
    private List<Passage> saidAbout(QuestionReport question, KnowledgeVocabulary vocabulary) {
        return vocabulary.interviewerSaid().stream()
                .filter(p -> classifier.classify(p.title(), vocabulary.companyNames()).type() == question.type()).toList();
    }

    /** Re-scores an analysis with the company tie (phase 2 of the coach). */
    DraftAnalysis rescore(DraftAnalysis a, Scorer.Tie tie) {
        Scorer.Input input = new Scorer.Input(a.question(), a.structure(), a.evidence(), a.ownership(), a.delivery(), a.relevance(), a.language(), a.concerns());
        return a.withScores(scorer.score(input, tie));
    }
}
