package dev.rehearse.coach;

import dev.rehearse.coach.CoachRules.TypeProfile;
import dev.rehearse.coach.intent.QuestionTypeReader;
import dev.rehearse.coach.intent.TypeDecision;
import dev.rehearse.coach.report.QuestionReport;
import dev.rehearse.coach.report.QuestionType;
import dev.rehearse.coach.text.Span;
import dev.rehearse.coach.text.WeightedCues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The question's type from the cues in question-types.txt, which sets the rubric and the length target; with a
 * {@link QuestionTypeReader}, the question's meaning decides where the cues are missing, weak or clearly wrong
 * (see {@link TypeDecision}).
 *
 * <p>A reading depends only on the question and the company names, and the same few questions are read again and
 * again (the question of every draft critiqued against it, the titles of the notes' passages on every critique), so
 * readings are remembered. Thread-safe.
 */
public final class QuestionClassifier {

    /** Readings remembered before the memory is emptied: far more than the questions of any notes file. */
    private static final int MAX_REMEMBERED = 4_096;

    private final CoachRules rules;
    /** Reads the type by meaning; null to go by the cues alone. */
    private final QuestionTypeReader meaning;
    private final boolean overrulesCues;
    private final Map<Key, QuestionReport> readings = new ConcurrentHashMap<>();

    private record Key(String question, List<String> companyNames) {
    }

    public QuestionClassifier(CoachRules rules) {
        this(rules, null);
    }

    public QuestionClassifier(CoachRules rules, QuestionTypeReader meaning) {
        this(rules, meaning, true);
    }

    /**
     * @param overrulesCues whether the meaning may overrule cue words that matched (when they are weak or it is very
     *                      sure), or only decide where none matched
     */
    public QuestionClassifier(CoachRules rules, QuestionTypeReader meaning, boolean overrulesCues) {
        this.rules = rules;
        this.meaning = meaning;
        this.overrulesCues = overrulesCues;
    }

    public QuestionReport classify(String question) {
        return classify(question, List.of());
    }

    /**
     * As {@link #classify(String)}, knowing the company the candidate is interviewing with: "Why Acme?"
     * asks for motivation, while "Why Kafka?" asks for reasons, which no rule file can tell apart.
     */
    public QuestionReport classify(String question, List<String> companyNames) {
        Key key = new Key(question == null ? "" : question, List.copyOf(companyNames));
        QuestionReport known = readings.get(key);
        if (known != null) {
            return known;
        }
        if (readings.size() >= MAX_REMEMBERED) {
            readings.clear();
        }
        QuestionReport read = read(key.question(), key.companyNames());
        readings.put(key, read);
        return read;
    }

    private QuestionReport read(String q, List<String> companyNames) {
        QuestionType best = null;
        double bestScore = 0;
        List<WeightedCues.Hit> bestHits = List.of();
        List<WeightedCues.Hit> companyHits = whyTheCompany(q, companyNames);
        // ties go to the type listed first in the file, which lists the most specific types first
        for (Map.Entry<QuestionType, WeightedCues> e : rules.typeCues.entrySet()) {
            List<WeightedCues.Hit> hits = e.getValue().hits(q);
            if (e.getKey() == QuestionType.MOTIVATION && !companyHits.isEmpty()) {
                hits = new ArrayList<>(hits);
                hits.addAll(companyHits);
            }
            double score = WeightedCues.total(hits);
            if (score > bestScore) {
                best = e.getKey();
                bestScore = score;
                bestHits = hits;
            }
        }
        QuestionType cueType = best;
        double cueScore = bestScore;
        Optional<QuestionType> byMeaning = meaning == null || (!overrulesCues && cueType != null) ? Optional.empty()
                : meaning.read(q).flatMap(r -> TypeDecision.overrule(cueType, cueScore, r));
        boolean fallback = best == null;
        QuestionType type = byMeaning.orElse(fallback ? rules.fallbackType : best);
        List<Span> cues = new ArrayList<>();
        for (WeightedCues.Hit h : byMeaning.isPresent() ? List.<WeightedCues.Hit>of() : bestHits) {
            cues.add(Span.of(q, h.start(), h.end()));
        }
        cues.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        TypeProfile p = rules.profile(type);
        String basis = byMeaning.isPresent() ? "meaning" : fallback ? "fallback" : "cues";
        return new QuestionReport(q, type, p.label(), basis, cues, p.framework(), p.target(), p.expectations());
    }

    /** Weight of "why <the company>", as strong as the file's strongest motivation cues. */
    private static final double WHY_THE_COMPANY = 6;

    private static List<WeightedCues.Hit> whyTheCompany(String q, List<String> companyNames) {
        List<WeightedCues.Hit> hits = new ArrayList<>();
        for (String name : companyNames) {
            if (name.isBlank()) {
                continue;
            }
            Pattern p = dev.rehearse.text.LinearRegex.compileIgnoringCase(
                    "\\bwhy\\s+(?:(?:join|work\\s+(?:at|for|with))\\s+)?" + Pattern.quote(name) + "(?![\\w-])");
            Matcher m = p.matcher(q);
            if (m.find()) {
                hits.add(new WeightedCues.Hit(new WeightedCues.Cue(WHY_THE_COMPANY, p), m.start(), m.end()));
            }
        }
        return hits;
    }
}
