package dev.rehearse.coach;

import dev.rehearse.coach.followup.QuestionMatch;
import dev.rehearse.coach.followup.TypoTolerance;
import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.Grounding;
import dev.rehearse.coach.report.MissingFact;
import dev.rehearse.coach.report.NameFinding;
import dev.rehearse.coach.report.NotesAnswer;
import dev.rehearse.coach.report.NumberCheck;
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
import dev.rehearse.knowledge.PassageKind;
import dev.rehearse.knowledge.PracticeQuestion;
import dev.rehearse.search.SearchHit;
import dev.rehearse.text.PhraseMatcher;
import dev.rehearse.text.Word;
import dev.rehearse.text.WordDiff;
import dev.rehearse.text.Words;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The draft against the candidate's own notes. What it reports as left out comes only from passages
 * about the same question (or, failing that, the same type of question on the same topic), from what
 * the interviewer replied to that question, and, for a closing question, from the questions the
 * candidate prepared: facts from a different question's answer are not gaps of this one.
 */
final class Grounder {

    static final int PASSAGES_SHOWN = 3;
    private static final int MAX_FACTS = 6;
    /** An outcome sentence counts as said when the draft holds this share of its words. */
    private static final double OUTCOME_COVERED = 0.5;

    /** Topic words a passage of the same question type must share with the question to count as on topic. */
    private static final int SAME_TYPE_SHARED_WORDS = 2;
    /** An interviewer line or prepared question counts as picked up when the draft holds this share of its words. */
    private static final double SAID_COVERED = 0.5;
    private static final int MAX_PREPARED = 3;

    private final CoachRules rules;
    private final EvidenceExtractor evidence;
    private final QuestionMatch sameQuestion;
    private final QuestionClassifier classifier;
    private static final int MAX_CACHED = 4_096;
    private final Map<String, PassageFacts> factCache = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile KnowledgeVocabulary factVocabulary;

    /** @param titles reads the types of the notes' passage titles (by cue words, remembered across critiques) */
    Grounder(CoachRules rules, QuestionClassifier titles) {
        this.rules = rules;
        this.evidence = new EvidenceExtractor(rules);
        this.sameQuestion = new QuestionMatch(rules.questionScaffolding, Set.of());
        this.classifier = titles;
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
        NotesAnswer notes = notesAnswer(question, draft.original(), kb).orElse(null);
        List<Passage> sources = sameQuestionPassages(question, analysis.question().type(), notes, answers, kb, vocabulary.commonStems());
        Map<String, MissingFact> out = new LinkedHashMap<>();
        said(question, draft, kb, out);
        missingFacts(draft, draftStems, sources, vocabulary, out);
        if (analysis.question().type() == QuestionType.CLOSING) {
            prepared(draft, kb, out);
        }
        List<NumberCheck> checks = vocabulary.numbers().check(draft, analysis.evidence().numbers(), vocabulary.companyName().orElse(""));
        return new Grounding(passages, numbered(out), notes, checks);
    }

    /**
     * The notes' answers that speak to this question: its own answer first, then retrieved answers to a
     * question of the same type that shares topic words with it.
     */
    private List<Passage> sameQuestionPassages(String question, QuestionType type, NotesAnswer notes, List<SearchHit> answers,
                                               KnowledgeBase kb, Set<String> common) {
        List<Passage> out = new ArrayList<>();
        if (notes != null) {
            kb.passage(notes.passage().passageId()).ifPresent(out::add);
        }
        for (SearchHit h : answers) {
            Passage p = h.passage();
            if (out.size() == PASSAGES_SHOWN || out.contains(p)) {
                continue;
            }
            boolean same = sameQuestion.same(question, p.title());
            boolean sameType = !p.title().isBlank() && sharedTopic(question, p.title(), common) >= SAME_TYPE_SHARED_WORDS
                    && classifier.classify(p.title()).type() == type;
            if (same || sameType) {
                out.add(p);
            }
        }
        return out;
    }

    /** Content stems two questions share, leaving out words too common in the knowledge to mark a topic ("data", "work"). */
    private static long sharedTopic(String question, String other, Set<String> common) {
        Set<String> theirs = Terms.content(other, common);
        return Terms.content(question, common).stream().filter(theirs::contains).count();
    }

    /** What the interviewer replied to this same question and the draft does not pick up (typos in the notes forgiven). */
    private void said(String question, DraftText draft, KnowledgeBase kb, Map<String, MissingFact> out) {
        for (Passage p : kb.passages()) {
            if (p.kind() == PassageKind.INTERVIEWER_SAID && sameQuestion.same(question, p.title())
                    && TypoTolerance.covered(p.text(), draft.view(), Set.of()) < SAID_COVERED) {
                PassageRef ref = PassageRef.of(p);
                String text = p.text().strip().replaceAll("\\s+", " ");
                add(out, "interviewer", text, ref, "The interviewer said \"" + text + "\" when this was asked (" + ref.citation()
                        + "); the draft does not pick it up.");
            }
        }
    }

    /** A closing answer with nothing to ask: the questions the candidate prepared. */
    private void prepared(DraftText draft, KnowledgeBase kb, Map<String, MissingFact> out) {
        int n = 0;
        for (Passage p : kb.passages()) {
            if (n == MAX_PREPARED) {
                return;
            }
            String text = p.text();
            if (p.kind() == PassageKind.QUESTION_TO_ASK && TypoTolerance.covered(text, draft.view(), Set.of()) < SAID_COVERED) {
                PassageRef ref = PassageRef.of(p);
                String q = text.strip().replaceAll("\\s+", " ").replaceFirst("^[-*•]\\s*", "");
                add(out, "question-to-ask", q, ref, "You prepared this question (" + ref.citation() + "); you could ask it.");
                n++;
            }
        }
    }

    private void missingFacts(DraftText draft, Set<String> draftStems, List<Passage> sources, KnowledgeVocabulary vocabulary,
                              Map<String, MissingFact> out) {
        String draftLower = draft.view().toLowerCase(Locale.ROOT);
        for (Passage p : sources) {
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
    }

    private static List<MissingFact> numbered(Map<String, MissingFact> out) {
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

    /**
     * The notes' answer to the same question: the practice question that best holds the asked question's
     * topic words, however differently worded ("Why TheyDo?" finds "Why TheyDo specifically?").
     */
    Optional<NotesAnswer> notesAnswer(String question, String draft, KnowledgeBase kb) {
        PracticeQuestion best = null;
        double bestScore = 0;
        for (PracticeQuestion q : kb.questions()) {
            double score = sameQuestion.similarity(question, q.question());
            if (score > bestScore) {
                best = q;
                bestScore = score;
            }
        }
        if (best == null || bestScore < QuestionMatch.SAME) {
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
