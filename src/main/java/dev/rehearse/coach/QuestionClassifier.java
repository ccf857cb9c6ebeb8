package dev.rehearse.coach;

import dev.rehearse.coach.CoachRules.TypeProfile;
import dev.rehearse.coach.report.QuestionReport;
import dev.rehearse.coach.report.QuestionType;
import dev.rehearse.coach.text.Span;
import dev.rehearse.coach.text.WeightedCues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Item 1 of the issue: the question's type from the cues in question-types.txt. */
public final class QuestionClassifier {

    private final CoachRules rules;

    public QuestionClassifier(CoachRules rules) {
        this.rules = rules;
    }

    public QuestionReport classify(String question) {
        String q = question == null ? "" : question;
        QuestionType best = null;
        double bestScore = 0;
        List<WeightedCues.Hit> bestHits = List.of();
        // ties go to the type listed first in the file, which lists the most specific types first
        for (Map.Entry<QuestionType, WeightedCues> e : rules.typeCues.entrySet()) {
            List<WeightedCues.Hit> hits = e.getValue().hits(q);
            double score = WeightedCues.total(hits);
            if (score > bestScore) {
                best = e.getKey();
                bestScore = score;
                bestHits = hits;
            }
        }
        boolean fallback = best == null;
        QuestionType type = fallback ? rules.fallbackType : best;
        List<Span> cues = new ArrayList<>();
        for (WeightedCues.Hit h : bestHits) {
            cues.add(Span.of(q, h.start(), h.end()));
        }
        cues.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        TypeProfile p = rules.profile(type);
        return new QuestionReport(q, type, p.label(), fallback ? "fallback" : "cues", cues, p.framework(), p.target(), p.expectations());
    }
}
