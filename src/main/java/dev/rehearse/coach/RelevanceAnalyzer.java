package dev.rehearse.coach;

import dev.rehearse.coach.report.CompanyMention;
import dev.rehearse.coach.report.FindingKind;
import dev.rehearse.coach.report.PhraseFinding;
import dev.rehearse.coach.report.Relevance;
import dev.rehearse.coach.text.PhraseList;
import dev.rehearse.coach.text.Span;
import dev.rehearse.coach.text.Token;
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

/** The question/answer overlap and the draft's mentions of the company and its themes. */
final class RelevanceAnalyzer {

    Relevance analyze(AnalysisContext ctx) {
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
        List<PhraseList.Match> nameMatches = PhraseList.of(ctx.vocabulary.companyNames()).find(ctx.text());
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
                mentions, company, themes);
    }
}
