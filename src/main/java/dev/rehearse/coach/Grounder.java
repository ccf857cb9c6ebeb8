package dev.rehearse.coach;

import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.Grounding;
import dev.rehearse.coach.report.MissingFact;
import dev.rehearse.coach.report.NameFinding;
import dev.rehearse.coach.report.NotesAnswer;
import dev.rehearse.coach.report.NumberFinding;
import dev.rehearse.knowledge.PassageRef;
import dev.rehearse.coach.report.QuestionType;
import dev.rehearse.coach.report.RelevantPassage;
import dev.rehearse.coach.text.DraftText;
import dev.rehearse.coach.text.Sentence;
import dev.rehearse.coach.text.Terms;
import dev.rehearse.coach.text.WeightedCues;
import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PracticeQuestion;
import dev.rehearse.search.SearchHit;
import dev.rehearse.text.PhraseMatcher;
import dev.rehearse.text.Word;
import dev.rehearse.text.WordDiff;
import dev.rehearse.text.Words;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Item 7 of the issue: the draft against the candidate's own notes. */
final class Grounder {

    static final int PASSAGES_SHOWN = 3;
    private static final int MAX_FACTS = 6;
    private static final double SAME_QUESTION = 0.5;
    /** An outcome sentence counts as said when the draft holds this share of its words. */
    private static final double OUTCOME_COVERED = 0.5;

    private final CoachRules rules;
    private final EvidenceExtractor evidence;
    private static final int MAX_CACHED = 4_096;
    private final Map<String, PassageFacts> factCache = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile KnowledgeVocabulary factVocabulary;

    Grounder(CoachRules rules) {
        this.rules = rules;
        this.evidence = new EvidenceExtractor(rules);
    }

    Grounding ground(String question, DraftText draft, DraftAnalysis analysis, List<SearchHit> answers, KnowledgeBase kb,
                     KnowledgeVocabulary vocabulary) {
        Set<String> draftStems = stems(draft.view());
        List<RelevantPassage> passages = new ArrayList<>();
        for (int i = 0; i < Math.min(PASSAGES_SHOWN, answers.size()); i++) {
            SearchHit h = answers.get(i);
            passages.add(new RelevantPassage(PassageRef.of(h.passage()), i + 1, h.snippet(),
                    shared(h.passage().text(), draftStems, vocabulary.commonStems())));
        }
        List<MissingFact> facts = missingFacts(draft, draftStems, answers.subList(0, Math.min(PASSAGES_SHOWN, answers.size())), vocabulary);
        NotesAnswer notes = notesAnswer(question, draft.original(), kb).orElse(null);
        return new Grounding(passages, facts, notes);
    }

    private List<MissingFact> missingFacts(DraftText draft, Set<String> draftStems, List<SearchHit> hits, KnowledgeVocabulary vocabulary) {
        String draftLower = draft.view().toLowerCase(Locale.ROOT);
        Map<String, MissingFact> out = new LinkedHashMap<>();
        for (SearchHit h : hits) {
            Passage p = h.passage();
            PassageRef ref = PassageRef.of(p);
            PassageFacts facts = facts(p, vocabulary);
            for (NumberFinding n : facts.quantities) {
                if (!containsWord(draftLower, n.value().toLowerCase(Locale.ROOT))) {
                    add(out, "number", n.span().text(), ref, "Your notes give the number \"" + n.span().text() + "\" (" + ref.citation() + "); the draft does not.");
                }
            }
            for (String name : facts.names) {
                if (!containsWord(draftLower, name.toLowerCase(Locale.ROOT))) {
                    add(out, "name", name, ref, "Your notes name " + name + " (" + ref.citation() + "); the draft does not.");
                }
            }
            for (int i = 0; i < facts.outcomes.size(); i++) {
                Set<String> own = facts.outcomeStems.get(i);
                long covered = own.stream().filter(draftStems::contains).count();
                if (!own.isEmpty() && covered < OUTCOME_COVERED * own.size()) {
                    add(out, "outcome", facts.outcomes.get(i), ref, "Your notes state this outcome (" + ref.citation() + "); the draft does not.");
                }
            }
        }
        List<MissingFact> facts = new ArrayList<>();
        int n = 0;
        for (MissingFact f : out.values()) {
            if (n == MAX_FACTS) {
                break;
            }
            facts.add(new MissingFact("fact-" + (++n), f.kind(), f.text(), f.passage(), f.message()));
        }
        return facts;
    }

    /** What a passage states: its measures, names and outcome sentences. */
    private record PassageFacts(List<NumberFinding> quantities, List<String> names, List<String> outcomes, List<Set<String>> outcomeStems) {
    }

    /**
     * The facts of a passage, computed once: a passage id is a hash of its file, lines and text, so
     * a cached entry can never be stale. The vocabulary only adds names, and it changes rarely.
     */
    private PassageFacts facts(Passage p, KnowledgeVocabulary vocabulary) {
        PassageFacts cached = factCache.get(p.id());
        if (cached != null && factVocabulary == vocabulary) {
            return cached;
        }
        if (factVocabulary != vocabulary || factCache.size() > MAX_CACHED) {
            factCache.clear();
            factVocabulary = vocabulary;
        }
        DraftText text = DraftText.of(p.text(), rules.abbreviations);
        AnalysisContext ctx = new AnalysisContext("", text, rules.profile(QuestionType.BEHAVIOURAL), rules, vocabulary);
        var ev = evidence.extract(ctx);
        List<String> names = ev.names().stream().filter(n -> !n.category().equals("term")).map(NameFinding::name).distinct().toList();
        WeightedCues outcomeCues = rules.structureCues.get(StructureAnalyzer.STAR).get("result");
        List<String> outcomes = new ArrayList<>();
        List<Set<String>> outcomeStems = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            double cue = WeightedCues.total(outcomeCues.hits(text.view(), s.start(), s.end()));
            boolean change = ev.changes().stream().anyMatch(c -> EvidenceExtractor.inside(c.span(), s));
            if (cue >= 4 || change) {
                outcomes.add(s.text());
                outcomeStems.add(stems(s.text()));
            }
        }
        PassageFacts facts = new PassageFacts(ev.quantities(), names, outcomes, outcomeStems);
        factCache.put(p.id(), facts);
        return facts;
    }

    private static void add(Map<String, MissingFact> out, String kind, String text, PassageRef ref, String message) {
        out.putIfAbsent(kind + ":" + text.toLowerCase(Locale.ROOT), new MissingFact("", kind, text, ref, message));
    }

    private static boolean containsWord(String haystack, String word) {
        return !PhraseMatcher.caseSensitive(List.of(word)).find(haystack).isEmpty();
    }

    /** The notes' answer to the same question: the practice question whose topic words best match. */
    Optional<NotesAnswer> notesAnswer(String question, String draft, KnowledgeBase kb) {
        Set<String> asked = topic(question);
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        PracticeQuestion best = null;
        double bestScore = 0;
        for (PracticeQuestion q : kb.questions()) {
            Set<String> theirs = topic(q.question());
            Set<String> union = new HashSet<>(asked);
            union.addAll(theirs);
            Set<String> both = new HashSet<>(asked);
            both.retainAll(theirs);
            double score = union.isEmpty() ? 0 : (double) both.size() / union.size();
            if (score > bestScore) {
                best = q;
                bestScore = score;
            }
        }
        if (best == null || bestScore < SAME_QUESTION) {
            return Optional.empty();
        }
        Optional<Passage> passage = kb.passage(best.id());
        if (passage.isEmpty()) {
            return Optional.empty();
        }
        WordDiff.Result diff = WordDiff.ofWords(best.answer(), draft);
        double similarity = BigDecimal.valueOf(bestScore).setScale(2, RoundingMode.HALF_UP).doubleValue();
        return Optional.of(new NotesAnswer(PassageRef.of(passage.get()), best.question(), similarity, diff.segments(), diff.added(), diff.removed()));
    }

    private Set<String> topic(String question) {
        Set<String> out = new LinkedHashSet<>();
        for (Word w : Words.of(question)) {
            String lower = w.lower();
            if (!rules.questionScaffolding.contains(lower)) {
                String stem = Terms.stem(lower);
                if (!stem.isEmpty()) {
                    out.add(stem);
                }
            }
        }
        return out;
    }

    static Set<String> stems(String text) {
        return Terms.of(text);
    }

    /** Topic words of {@code text} whose stems the draft has, as {@code text} writes them, each once. */
    static List<String> shared(String text, Set<String> draftStems, Set<String> common) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Word w : Words.of(text)) {
            String stem = Terms.stem(w.text().toLowerCase(Locale.ROOT));
            if (Terms.isContent(stem, common) && draftStems.contains(stem)) {
                out.putIfAbsent(stem, w.text());
            }
        }
        return List.copyOf(out.values());
    }
}
