package dev.rehearse.coach;

import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.coach.report.CompanyMention;
import dev.rehearse.coach.report.CompanyTie;
import dev.rehearse.coach.report.Critique;
import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.FollowUp;
import dev.rehearse.coach.report.FollowUpsReport;
import dev.rehearse.coach.report.Grounding;
import dev.rehearse.coach.report.InterviewerNote;
import dev.rehearse.coach.report.QuestionReport;
import dev.rehearse.coach.report.QuestionType;
import dev.rehearse.coach.report.RelevantPassage;
import dev.rehearse.coach.report.SpokenDelivery;
import dev.rehearse.coach.text.DraftText;
import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PassageKind;
import dev.rehearse.search.KnowledgeSearch;
import dev.rehearse.search.SearchHit;
import dev.rehearse.search.SearchQuery;
import dev.rehearse.text.Cancellation;
import java.util.ArrayList;
import java.util.List;

/**
 * The offline coach: the user's three jobs (critique a draft, likely follow-ups, the tie to the
 * company's outcomes) from the deterministic draft analysis grounded in the notes and the research
 * through the knowledge index. The HTTP layer and the CLI call it; they validate the input. Any text
 * is safe here: the draft is only ever data (regexes, Lucene terms, plain strings in the report).
 * Thread-safe.
 */
public final class Coach {

    /** Retrieval depth: notes answers (more than shown, to choose what to prepare follow-ups from), research, interviewer. */
    private static final int NOTES_K = 8;
    private static final int RESEARCH_K = 4;
    private static final int SAID_K = 3;
    private static final int SHARED_K = 40;
    /**
     * The query is the question and the start of the draft, where a good answer says what it is about;
     * embedding a longer query costs more than it finds.
     */
    private static final int QUERY_DRAFT_WORDS = 60;

    private final DraftAnalyzer analyzer;
    private final KnowledgeSearch index;
    private final CoachRules rules = CoachRules.shared();
    /**
     * Reads the notes' passage titles by their cue words alone, for the grounder and the story to draw on; it
     * remembers each title, so a title is read once, not on every critique.
     */
    private final QuestionClassifier titles = new QuestionClassifier(rules);
    private final Grounder grounder = new Grounder(rules, titles);
    private final CompanyTieFinder tieFinder = new CompanyTieFinder(rules);
    private final FollowUpGenerator followUps = new FollowUpGenerator();
    private volatile Snapshot snapshot;

    /** The knowledge snapshot the vocabulary was built from; rebuilt when the index syncs a change. */
    private record Snapshot(KnowledgeBase knowledge, KnowledgeVocabulary vocabulary) {
    }

    /** The four searches of one request and the analysis they were made for. */
    private record Context(DraftAnalysis analysis, DraftText draft, KnowledgeBase knowledge, KnowledgeVocabulary vocabulary,
                           List<SearchHit> notes, List<SearchHit> research, List<SearchHit> said) {
    }

    public Coach(DraftAnalyzer analyzer, KnowledgeSearch index) {
        this.analyzer = analyzer;
        this.index = index;
    }

    /** The full report: analysis, grounding, company tie, follow-ups and scores with the tie. */
    public Critique critique(String question, String draft) {
        return critique(question, draft, null);
    }

    /**
     * The full report of a draft transcribed from a recording: the delivery is judged by what was measured of the
     * recording (its length, pace and pauses) rather than estimated from the words.
     *
     * @param spoken the recording's figures, or null for a typed draft
     */
    public Critique critique(String question, String draft, SpokenDelivery spoken) {
        Context c = context(question, draft, true);
        DraftAnalysis analysis = spoken == null ? c.analysis
                : c.analysis.withDelivery(DeliveryAnalyzer.spoken(c.analysis.delivery(), spoken));
        Grounding grounding = grounder.ground(text(question), c.draft, analysis, c.notes, c.knowledge, c.vocabulary);
        Cancellation.checkpoint();
        CompanyTie tie = tie(question, c);
        Cancellation.checkpoint();
        List<FollowUp> f = followUps.generate(followUpInput(c, grounding, tie));
        DraftAnalysis scored = analyzer.rescore(analysis, scoreTie(tie));
        return Critique.of(analysis, grounding, tie, f, scored.scores());
    }

    /** The follow-ups part: 3–6 likely questions, each with why and what in the notes to prepare from. */
    public FollowUpsReport followUps(String question, String draft) {
        Context c = context(question, draft, false);
        Grounding grounding = grounder.ground(text(question), c.draft, c.analysis, c.notes, c.knowledge, c.vocabulary);
        return new FollowUpsReport(c.analysis.question(), followUps.generate(followUpInput(c, grounding, tie(question, c))));
    }

    private FollowUpInput followUpInput(Context c, Grounding grounding, CompanyTie tie) {
        Passage notesAnswer = grounding.notesAnswer() == null ? null
                : c.knowledge.passage(grounding.notesAnswer().passage().passageId()).orElse(null);
        return new FollowUpInput(c.analysis, c.draft.view(), tie, c.notes, c.research, c.knowledge, c.vocabulary.commonStems(),
                notesAnswer, storyPassage(c, notesAnswer));
    }

    /**
     * The concrete story to draw an example from: the notes' answer retrieved first for the draft other
     * than their answer to this same question (which is what the draft is already abstracting).
     */
    private String storyPassage(Context c, Passage notesAnswer) {
        List<Passage> others = c.notes.stream().map(SearchHit::passage)
                .filter(p -> notesAnswer == null || !p.id().equals(notesAnswer.id())).toList();
        // a story is the answer to a behavioural question ("walk me through…"), not another abstract answer
        return others.stream().filter(p -> titles.classify(p.title()).type() == QuestionType.BEHAVIOURAL).findFirst()
                .or(() -> others.stream().findFirst()).map(Passage::id).orElse(null);
    }

    /** The company-tie part: research, themes, bridging sentences and what the interviewer said. */
    public CompanyTie tie(String question, String draft) {
        return tie(question, context(question, draft, false));
    }

    private CompanyTie tie(String question, Context c) {
        return tieFinder.tie(text(question), c.draft, c.analysis, c.research, c.said, c.knowledge, c.vocabulary);
    }

    private Context context(String question, String draft, boolean checkLanguage) {
        Snapshot s = snapshot();
        DraftAnalysis a = analyzer.analyze(question, draft, s.vocabulary, checkLanguage);
        DraftText text = DraftText.of(draft, rules.abbreviations);
        String query = query(text(question), text);
        Cancellation.checkpoint();
        if (query.isBlank()) {
            return new Context(a, text, s.knowledge, s.vocabulary, List.of(), List.of(), List.of());
        }
        // one search deep enough for all three kinds costs one query embedding instead of three; a kind
        // that comes up short while the knowledge holds more of it is searched again on its own. The deep
        // search skips snippets: most of its hits are dropped, and only the kept ones get theirs
        List<SearchHit> all = index.search(SearchQuery.of(query, SHARED_K), false);
        Cancellation.checkpoint();
        return new Context(a, text, s.knowledge, s.vocabulary,
                ofKind(all, query, NOTES_K, PassageKind.ANSWER, s.knowledge),
                ofKind(all, query, RESEARCH_K, PassageKind.RESEARCH, s.knowledge),
                ofKind(all, query, SAID_K, PassageKind.INTERVIEWER_SAID, s.knowledge));
    }

    private List<SearchHit> ofKind(List<SearchHit> all, String query, int k, PassageKind kind, KnowledgeBase kb) {
        List<SearchHit> hits = all.stream().filter(h -> h.passage().kind() == kind).limit(k).toList();
        if (hits.size() < k && kb.count(kind) > hits.size()) {
            return index.search(SearchQuery.of(query, k).withKind(kind));
        }
        return index.withSnippets(query, hits);
    }

    private static String query(String question, DraftText draft) {
        StringBuilder q = new StringBuilder(question.strip());
        int words = 0;
        for (var t : draft.tokens()) {
            if (words++ == QUERY_DRAFT_WORDS) {
                break;
            }
            q.append(' ').append(t.text());
        }
        return q.toString().strip();
    }

    private Scorer.Tie scoreTie(CompanyTie tie) {
        List<String> evidence = new ArrayList<>();
        tie.mentions().stream().map(CompanyMention::id).limit(4).forEach(evidence::add);
        tie.interviewerSaid().stream().filter(InterviewerNote::reflected).map(n -> n.passage().passageId()).forEach(evidence::add);
        tie.research().stream().limit(2).map(RelevantPassage::passage).map(p -> p.passageId()).forEach(evidence::add);
        String who = tie.company().isEmpty() ? "the company" : tie.company();
        String reason;
        if (tie.tied()) {
            List<String> what = new ArrayList<>(tie.themesInDraft());
            if (tie.mentions().stream().anyMatch(CompanyMention::namesCompany)) {
                what.add(0, "names " + who);
            }
            tie.interviewerSaid().stream().filter(InterviewerNote::reflected).forEach(n -> what.add("what the interviewer said: \"" + n.text() + "\""));
            reason = "Ties to " + who + "'s research and role (" + String.join("; ", what) + ")";
        } else if (tie.research().isEmpty()) {
            reason = "No company research found for this question: the tie to " + who + " is not judged";
        } else {
            reason = "No tie to " + who + ": the research for this question speaks to "
                    + (tie.themesInResearch().isEmpty() ? "other topics" : String.join(", ", tie.themesInResearch()))
                    + " (see the bridges)";
        }
        return new Scorer.Tie(tie.tied(), evidence, reason);
    }

    /** The names and company facts of the knowledge as it is now: the company's name the page shows. */
    public KnowledgeVocabulary vocabulary() {
        return snapshot().vocabulary;
    }

    /**
     * The question's type and length target alone, before any draft: what the page shows from the start, the
     * mock interview's length target and the plan's question types. It is the analyzer's own reading, so they
     * agree with the critique of a draft to the same question.
     */
    public QuestionReport classify(String question) {
        return analyzer.classify(text(question), snapshot().vocabulary);
    }

    private Snapshot snapshot() {
        KnowledgeBase kb = index.knowledge();
        Snapshot s = snapshot;
        return s == null || s.knowledge != kb ? rebuild(kb) : s;
    }

    /**
     * One thread builds the vocabulary while the others wait for it: under load (the load benchmark's 50 clients)
     * every first critique otherwise built its own copy of the same vocabulary.
     */
    private synchronized Snapshot rebuild(KnowledgeBase kb) {
        Snapshot s = snapshot;
        if (s == null || s.knowledge != kb) {
            s = new Snapshot(kb, KnowledgeVocabulary.from(kb));
            snapshot = s;
            // names added to the notes or research since start must not be flagged as misspellings
            LanguageChecker checker = analyzer.languageChecker();
            checker.accept(LanguageCheckSetup.acceptedWords(s.vocabulary));
        }
        return s;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
