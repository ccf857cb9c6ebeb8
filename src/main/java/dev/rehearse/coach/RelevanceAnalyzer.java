package dev.rehearse.coach;

import dev.rehearse.coach.report.CompanyMention;
import dev.rehearse.coach.report.FindingKind;
import dev.rehearse.coach.report.InterviewerPriority;
import dev.rehearse.coach.report.PhraseFinding;
import dev.rehearse.coach.report.QuestionMatch;
import dev.rehearse.coach.report.Relevance;
import dev.rehearse.coach.report.SentenceMatch;
import dev.rehearse.coach.roles.DraftMeaning;
import dev.rehearse.coach.roles.SaidMatch;
import dev.rehearse.coach.text.PhraseList;
import dev.rehearse.coach.text.Sentence;
import dev.rehearse.coach.text.Span;
import dev.rehearse.coach.text.Token;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PassageRef;
import dev.rehearse.text.Word;
import dev.rehearse.text.Words;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether the draft answers the question, by meaning (the sentence embedding's similarity between each sentence and
 * the question or what its type asks for), with the question words it picks up and its mentions of the company and
 * its themes. The words picked up are shown but no longer judged: an answer can take up a question without echoing
 * it, and echoing it proves nothing.
 */
final class RelevanceAnalyzer {

    /**
     * A sentence this close to the question is about it. Measured with MiniLM on the judgement set's 103 strong
     * answers: the mean of each answer's two closest sentences runs from 0.12 to 0.53 (median 0.27); a paragraph on
     * an unrelated subject (baking) reaches 0.18, as a first-person story also resembles what the type asks for. Answers on the right subject but beside the point (a generic reply to
     * "why this role?") reach 0.27 to 0.47, so similarity alone cannot tell those apart; the type's red flags must.
     */
    static final double ON_QUESTION = 0.20;
    /** The two closest sentences must average this much: 96 of the 103 strong answers do. */
    static final double ANSWERS = 0.19;
    private static final int CLOSEST_SHOWN = 3;
    /**
     * A sentence this close to what the interviewer said builds on it. MiniLM on the tuning half of the judgement
     * set's first-months answers: sentences that restate the interviewer's "become the expert, then pick one or two
     * areas" reach 0.45 to 0.71; generic plans stay at or under 0.40 ("delivering results" against "pick one or two
     * areas to generate results"), so the line sits just above them.
     */
    static final double BUILDS_ON = 0.42;
    /**
     * A sentence that says it takes up what the interviewer said ("the interviewer told me the job starts with…",
     * "you mentioned…") builds on it from this similarity: the interviewer's notes are often a fragment ("subject
     * matter expert for the infrastructure"), and a fair paraphrase of one reaches only 0.3 to 0.4, while a generic
     * plan's closest sentence to the same note stays near 0.3 without saying where its point came from.
     */
    static final double REFERS_TO = 0.30;
    /** A sentence that says it takes up what the interviewer said: "you mentioned…", "as you put it". */
    static final java.util.regex.Pattern ATTRIBUTED = dev.rehearse.text.LinearRegex.compileIgnoringCase(
            "\\b(you|the interviewer|your (recruiter|hiring manager|colleague|team))( had| have| earlier| also| just| \\w+ly){0,2} (said|mentioned|told me|described|explained|talked about|put it|named|asked about)\\b"
                    + "|\\bas you (said|put it|described it|mentioned)\\b");

    /**
     * At most this many lists of company names are kept. One analyzer serves every company's coach, and each knowledge
     * version names one company or none, so a few lists cover any real use; the cap only stops endless edits of the
     * name from growing the map.
     */
    private static final int MAX_COMPANY_LISTS = 64;
    /** The company names of the knowledge versions seen, as phrase lists, so a list is built once, not on every draft. */
    private final Map<List<String>, PhraseList> companyNames = new ConcurrentHashMap<>();

    Relevance analyze(AnalysisContext ctx) {
        return analyze(ctx, null, List.of());
    }

    /**
     * @param meaning what the embedding model read in the draft; null when there is no model
     * @param said    what the interviewer said that bears on this question, in the order given to the model
     */
    Relevance analyze(AnalysisContext ctx, DraftMeaning meaning, List<Passage> said) {
        // stem → the question's word for it, in question order
        Map<String, String> questionTerms = new LinkedHashMap<>();
        for (Word word : Words.of(ctx.question)) {
            String w = word.lower();
            if (ctx.rules.questionScaffolding.contains(w)) {
                continue;
            }
            String stem = ctx.stem(w);
            if (!stem.isEmpty()) {
                questionTerms.putIfAbsent(stem, w);
            }
        }
        // company names are the company tie, not an answer to "why Acme?"
        for (String name : ctx.vocabulary.companyNames()) {
            questionTerms.remove(ctx.stem(name.toLowerCase(Locale.ROOT)));
        }
        List<PhraseFinding> mentions = new ArrayList<>();
        Map<String, String> matched = new LinkedHashMap<>();
        for (Token t : ctx.draft.tokens()) {
            String stem = ctx.stem(t.lower());
            if (questionTerms.containsKey(stem) && !matched.containsKey(stem)) {
                matched.put(stem, questionTerms.get(stem));
                Span span = ctx.span(t.start(), t.end());
                mentions.add(new PhraseFinding(ctx.ids.next(FindingKind.QUESTION_TERM), FindingKind.QUESTION_TERM, span,
                        "Picks up the question's \"" + questionTerms.get(stem) + "\".", ""));
            }
        }
        List<String> missing = new ArrayList<>();
        questionTerms.forEach((stem, word) -> {
            if (!matched.containsKey(stem)) {
                missing.add(word);
            }
        });
        double overlap = questionTerms.isEmpty() ? 1.0
                : BigDecimal.valueOf(matched.size()).divide(BigDecimal.valueOf(questionTerms.size()), 2, RoundingMode.HALF_UP).doubleValue();
        record Mention(int start, int end, String theme) {
        }
        List<Mention> raw = new ArrayList<>();
        List<PhraseList.Match> nameMatches = companyNames(ctx).find(ctx.text());
        nameMatches.forEach(nm -> raw.add(new Mention(nm.start(), nm.end(), "")));
        List<String> themes = new ArrayList<>();
        for (String theme : ctx.vocabulary.themes()) {
            PhraseList cues = ctx.rules.companyThemes.get(theme);
            if (cues == null) {
                continue;
            }
            for (PhraseList.Match tm : cues.find(ctx.text())) {
                if (raw.stream().noneMatch(r -> r.start < tm.end() && tm.start() < r.end)) {
                    raw.add(new Mention(tm.start(), tm.end(), theme));
                    if (!themes.contains(theme)) {
                        themes.add(theme);
                    }
                }
            }
        }
        raw.sort(Comparator.comparingInt(Mention::start));
        List<CompanyMention> company = new ArrayList<>();
        for (Mention r : raw) {
            Span span = ctx.span(r.start, r.end);
            company.add(new CompanyMention(ctx.ids.next(FindingKind.COMPANY), FindingKind.COMPANY, span, r.theme,
                    r.theme.isEmpty() ? "Names the company: \"" + span.text() + "\"."
                            : "Touches the company's theme \"" + r.theme + "\": \"" + span.text() + "\"."));
        }
        return new Relevance(List.copyOf(questionTerms.values()), List.copyOf(matched.values()), missing, overlap,
                mentions, company, themes, match(ctx, meaning), priorities(ctx, meaning, said));
    }

    /**
     * The company's names as a phrase list. The list depends on the names alone, so switching between companies, or a
     * new knowledge version naming the same company, reuses the one already built.
     */
    PhraseList companyNames(AnalysisContext ctx) {
        List<String> names = ctx.vocabulary.companyNames();
        PhraseList cached = companyNames.get(names);
        if (cached != null) {
            return cached;
        }
        if (companyNames.size() >= MAX_COMPANY_LISTS) {
            companyNames.clear();
        }
        return companyNames.computeIfAbsent(names, PhraseList::names);
    }

    /** What the interviewer said in reply to a question like this one, and the draft sentence closest to each. */
    private static List<InterviewerPriority> priorities(AnalysisContext ctx, DraftMeaning meaning, List<Passage> said) {
        if (meaning == null) {
            return List.of();
        }
        List<Sentence> sentences = ctx.draft.sentences();
        List<InterviewerPriority> out = new ArrayList<>();
        for (SaidMatch m : meaning.said()) {
            Passage p = said.get(m.said());
            SentenceMatch closest = new SentenceMatch("sentence-" + m.sentence(), sentences.get(m.sentence()).span(), round(m.similarity()));
            boolean attributed = m.similarity() >= REFERS_TO && ATTRIBUTED.matcher(sentences.get(m.sentence()).span().text()).find();
            out.add(new InterviewerPriority(PassageRef.of(p), p.text().strip(), m.similarity() >= BUILDS_ON || attributed, closest));
        }
        return out;
    }

    private static QuestionMatch match(AnalysisContext ctx, DraftMeaning meaning) {
        if (meaning == null || meaning.similarity().isEmpty()) {
            return QuestionMatch.notJudged();
        }
        List<Sentence> sentences = ctx.draft.sentences();
        List<Integer> order = new ArrayList<>();
        int onIt = 0;
        for (int i = 0; i < sentences.size(); i++) {
            order.add(i);
            if (meaning.similarity().get(i) >= ON_QUESTION) {
                onIt++;
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -meaning.similarity().get(i)).thenComparingInt(i -> i));
        double top = order.stream().limit(2).mapToDouble(meaning.similarity()::get).average().orElse(0);
        List<SentenceMatch> closest = order.stream().limit(CLOSEST_SHOWN)
                .map(i -> new SentenceMatch("sentence-" + i, sentences.get(i).span(), round(meaning.similarity().get(i))))
                .toList();
        return new QuestionMatch(true, round(top), top >= ANSWERS, onIt, sentences.size(), closest, meaning.basis());
    }

    private static double round(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
