package dev.rehearse.coach;

import dev.rehearse.coach.report.Evidence;
import dev.rehearse.coach.report.Gap;
import dev.rehearse.coach.report.PartReport;
import dev.rehearse.coach.report.Relevance;
import dev.rehearse.coach.report.SentenceRole;
import dev.rehearse.coach.report.StructureReport;
import dev.rehearse.coach.roles.ClassifiedParts;
import dev.rehearse.coach.roles.DraftMeaning;
import dev.rehearse.coach.roles.OutcomePatterns;
import dev.rehearse.coach.text.Sentence;
import dev.rehearse.coach.text.Span;
import dev.rehearse.coach.text.WeightedCues;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which parts of the type's framework the answer shows, where, and in what proportion. STAR gives each sentence
 * one part; the other frameworks let a sentence show several. With the embedding model, a sentence's part comes
 * from the role classifier (cue words are only one of its features), so a story told without STAR words still
 * shows its situation, action and result; without it, from the cue words, position and evidence alone.
 */
final class StructureAnalyzer {

    static final String STAR = "star";
    private static final double STAR_MIN = 2.0;
    private static final double PART_MIN = 3.0;
    /** A STAR sentence with this much reflection shows it too, even when another part scores higher. */
    private static final double REFLECTION_ALSO = 5.0;
    /** Parts that one plain cue is enough to show: a principle is often a single general statement. */
    private static final Map<String, Double> PART_MIN_OVERRIDES = Map.of("claim-principles-example.principles", 2.0);

    StructureReport analyze(AnalysisContext ctx, Evidence evidence, Relevance relevance) {
        return analyze(ctx, evidence, relevance, null);
    }

    /** @param meaning the sentences' roles from the classifier; null when there is no embedding model */
    StructureReport analyze(AnalysisContext ctx, Evidence evidence, Relevance relevance, DraftMeaning meaning) {
        String framework = ctx.profile.framework();
        Map<String, WeightedCues> cues = ctx.rules.structureCues.get(framework);
        List<String> partNames = List.copyOf(cues.keySet());
        List<Sentence> sentences = ctx.draft.sentences();
        int n = sentences.size();
        List<SentenceRole> roles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Sentence s = sentences.get(i);
            List<String> parts;
            if (meaning != null && STAR.equals(framework)) {
                parts = ClassifiedParts.star(meaning.roles().get(i), i, n, outcome(ctx, s) || change(evidence, s), ClassifiedParts.deed(s.text()));
            } else {
                Map<String, Double> scores = new LinkedHashMap<>();
                for (String part : partNames) {
                    double score = WeightedCues.total(cues.get(part).hits(ctx.text(), s.start(), s.end()));
                    double learned = meaning == null ? 0 : ClassifiedParts.boost(framework, part, meaning.roles().get(i));
                    scores.put(part, score + learned + extra(framework, part, i, n, s, evidence, relevance, ctx));
                }
                parts = label(framework, scores, s, ctx);
                if ("claim-principles-example".equals(framework) && parts.contains("example") && !ownOrNamed(s, evidence, relevance, ctx)) {
                    // the example a conceptual answer needs is concrete: the candidate's own work, or a named system or
                    // the company's own product; "type two adds a new row" is the textbook's example, not theirs
                    parts = parts.stream().filter(p -> !p.equals("example")).toList();
                }
            }
            roles.add(new SentenceRole("sentence-" + i, i, s.span(), s.words(), parts));
        }
        int total = Math.max(1, ctx.draft.wordCount());
        List<PartReport> parts = new ArrayList<>();
        for (String part : partNames) {
            List<Integer> idx = new ArrayList<>();
            int words = 0;
            for (SentenceRole r : roles) {
                if (r.parts().contains(part)) {
                    idx.add(r.index());
                    // a sentence's words count once, for its first (main) part
                    if (!STAR.equals(framework) || r.parts().get(0).equals(part)) {
                        words += r.words();
                    }
                }
            }
            parts.add(new PartReport(part, !idx.isEmpty(), idx, words, share(words, total), expected(framework, part),
                    note(framework, part, idx, words, total, roles, evidence)));
        }
        List<Gap> gaps = gaps(ctx, framework, parts, roles, evidence);
        return new StructureReport(framework, headlineFirst(framework, roles, relevance, meaning), roles, parts, gaps);
    }

    /** A result stated without a result word or a number: "went to none", "hasn't failed since". */
    private static boolean outcome(AnalysisContext ctx, Sentence s) {
        return !OutcomePatterns.shared().find(ctx.text(), s.start(), s.end()).isEmpty();
    }

    private static boolean change(Evidence ev, Sentence s) {
        return ev.changes().stream().anyMatch(c -> EvidenceExtractor.inside(c.span(), s));
    }

    private double extra(String framework, String part, int i, int n, Sentence s, Evidence ev, Relevance rel, AnalysisContext ctx) {
        double p = n <= 1 ? 0 : (double) i / (n - 1);
        boolean change = change(ev, s) || outcome(ctx, s);
        boolean quantity = ev.quantities().stream().anyMatch(q -> EvidenceExtractor.inside(q.span(), s));
        boolean named = ev.names().stream().anyMatch(nm -> OwnWork.namesWork(nm) && EvidenceExtractor.inside(nm.span(), s));
        boolean company = rel.companyMentions().stream().anyMatch(c -> EvidenceExtractor.inside(c.span(), s));
        boolean companyName = rel.companyMentions().stream().anyMatch(c -> c.namesCompany() && EvidenceExtractor.inside(c.span(), s));
        boolean topic = rel.mentions().stream().anyMatch(m -> EvidenceExtractor.inside(m.span(), s));
        return switch (framework + "." + part) {
            // stories run in order: set-up first, result and lesson last
            case "star.situation" -> p <= 0.3 ? 1.5 : 0;
            case "star.task" -> p <= 0.4 ? 0.5 : 0;
            case "star.result" -> (p >= 0.6 ? 1 : 0) + (change ? 3 : quantity ? 1 : 0);
            case "star.reflection" -> p >= 0.7 ? 0.5 : 0;
            // an opening sentence that takes up the question's topic is the claim
            case "claim-principles-example.claim" -> i > 1 ? -100 : (i == 0 && topic ? 3 : 0);
            case "claim-principles-example.example" -> named || quantity ? 1 : 0;
            // the company a reason for leaving moves towards is where the want is met (its tie), never the reason itself
            case "company-personal-fit.company", "current-next-tie.tie" -> (companyName ? 3 : 0) + (company && !companyName ? 1 : 0);
            case "approach-example-outcome.example" -> named ? 1 : 0;
            case "present-past-future.past" -> change || quantity ? 1 : 0;
            case "specific-open-question.specific" -> company ? 3 : 0;
            default -> 0;
        };
    }

    private static List<String> label(String framework, Map<String, Double> scores, Sentence s, AnalysisContext ctx) {
        if (STAR.equals(framework)) {
            String best = null;
            double bestScore = STAR_MIN - 1e-9;
            for (Map.Entry<String, Double> e : scores.entrySet()) {
                if (e.getValue() > bestScore) {
                    best = e.getKey();
                    bestScore = e.getValue();
                }
            }
            if (best != null && !best.equals("reflection") && scores.getOrDefault("reflection", 0.0) >= REFLECTION_ALSO) {
                // a lesson is often tacked onto the result sentence: it shows, but the words count for the result
                return List.of(best, "reflection");
            }
            if (best == null) {
                // no cue: a sentence in the first person is most likely something the candidate did
                boolean first = ctx.draft.tokensOf(s).stream().anyMatch(t -> t.text().equals("I"));
                return first ? List.of("action") : List.of();
            }
            return List.of(best);
        }
        List<String> parts = new ArrayList<>();
        scores.forEach((part, score) -> {
            if (score >= PART_MIN_OVERRIDES.getOrDefault(framework + "." + part, PART_MIN)) {
                parts.add(part);
            }
        });
        return parts;
    }

    private static boolean ownOrNamed(Sentence s, Evidence ev, Relevance rel, AnalysisContext ctx) {
        return ctx.draft.tokensOf(s).stream().anyMatch(t -> ctx.rules.firstSingular.contains(t.lower()) || ctx.rules.firstPlural.contains(t.lower()))
                || ev.names().stream().anyMatch(n -> OwnWork.namesWork(n) && EvidenceExtractor.inside(n.span(), s))
                || rel.companyMentions().stream().anyMatch(c -> EvidenceExtractor.inside(c.span(), s));
    }

    private static double share(int words, int total) {
        return BigDecimal.valueOf(words).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP).doubleValue();
    }

    private static String expected(String framework, String part) {
        if (!STAR.equals(framework)) {
            return "";
        }
        return switch (part) {
            case "situation", "task" -> "20-25% with situation and task together";
            case "action" -> "50-60%";
            default -> "";
        };
    }

    private static String note(String framework, String part, List<Integer> idx, int words, int total, List<SentenceRole> roles, Evidence ev) {
        if (!STAR.equals(framework)) {
            return idx.isEmpty() ? "Missing." : "Shown in " + idx.size() + (idx.size() == 1 ? " sentence." : " sentences.");
        }
        int pct = (int) Math.round(100.0 * words / total);
        return switch (part) {
            case "situation", "task" -> {
                int context = contextWords(roles);
                int contextPct = (int) Math.round(100.0 * context / total);
                if (idx.isEmpty()) {
                    yield "Missing" + (context > 0 ? "; set-up is " + contextPct + "% in all." : ".");
                }
                yield pct + "% of the answer; set-up (situation and task) " + contextPct + "%"
                        + (contextPct > 35 ? ": too long, aim for 20-25%." : contextPct < 10 ? ": very short." : ".");
            }
            case "action" -> idx.isEmpty() ? "Missing." : pct + "% of the answer" + (pct < 40 ? ": make it the bulk (50-60%)." : ".");
            case "result" -> idx.isEmpty() ? "Missing." : pct + "% of the answer; " + (resultQuantified(roles, ev) ? "measured." : "no number in it.");
            default -> idx.isEmpty() ? "Missing." : pct + "% of the answer.";
        };
    }

    static int contextWords(List<SentenceRole> roles) {
        return roles.stream().filter(r -> r.parts().contains("situation") || r.parts().contains("task")).mapToInt(SentenceRole::words).sum();
    }

    static boolean resultQuantified(List<SentenceRole> roles, Evidence ev) {
        for (SentenceRole r : roles) {
            if (!r.parts().contains("result")) {
                continue;
            }
            Span s = r.span();
            // a before → after change is a measure even in words: "from about three a month to zero"
            boolean has = ev.changes().stream().anyMatch(c -> s.covers(c.span().start(), c.span().end()))
                    || ev.quantities().stream().anyMatch(q -> s.covers(q.span().start(), q.span().end()))
                    || OutcomePatterns.shared().find(s.text()).stream().anyMatch(o -> o.form().equals("change"));
            if (has) {
                return true;
            }
        }
        return false;
    }

    private static List<Gap> gaps(AnalysisContext ctx, String framework, List<PartReport> parts, List<SentenceRole> roles, Evidence ev) {
        Map<String, String> messages = ctx.rules.gapMessages.getOrDefault(framework, Map.of());
        List<Gap> gaps = new ArrayList<>();
        if (STAR.equals(framework)) {
            boolean context = parts.stream().anyMatch(p -> (p.part().equals("situation") || p.part().equals("task")) && p.present());
            if (!context) {
                gaps.add(gap("context", messages));
            }
            for (String part : List.of("action", "result")) {
                if (!present(parts, part)) {
                    gaps.add(gap(part, messages));
                }
            }
            if (present(parts, "result") && !resultQuantified(roles, ev)) {
                gaps.add(gap("result-number", messages));
            }
            if (!present(parts, "reflection")) {
                gaps.add(gap("reflection", messages));
            }
            return gaps;
        }
        for (PartReport p : parts) {
            if (!p.present() && messages.containsKey(p.part())) {
                gaps.add(gap(p.part(), messages));
            }
        }
        return gaps;
    }

    private static boolean present(List<PartReport> parts, String name) {
        return parts.stream().anyMatch(p -> p.part().equals(name) && p.present());
    }

    private static Gap gap(String part, Map<String, String> messages) {
        return new Gap("gap-" + part, part, messages.getOrDefault(part, "Missing: " + part + "."));
    }

    private static boolean headlineFirst(String framework, List<SentenceRole> roles, Relevance rel, DraftMeaning meaning) {
        if (roles.isEmpty()) {
            return false;
        }
        SentenceRole first = roles.get(0);
        boolean topic = meaning != null ? meaning.similarity().get(0) >= RelevanceAnalyzer.ON_QUESTION
                : rel.mentions().stream().anyMatch(m -> first.span().covers(m.span().start(), m.span().end()));
        return switch (framework) {
            case STAR -> topic || (first.parts().contains("situation") || first.parts().contains("task")) && first.words() <= 35;
            case "claim-principles-example" -> first.parts().contains("claim");
            case "company-personal-fit" -> !first.parts().isEmpty() || DirectOpening.names(roles);
            // a reason for leaving opens on the reason (the role as it is, or what comes next), not on the new company
            case "current-next-tie" -> first.parts().contains("current") || first.parts().contains("next") || DirectOpening.names(roles);
            case "approach-example-outcome" -> first.parts().contains("approach") || DirectOpening.names(roles);
            case "present-past-future" -> first.parts().contains("present");
            case "specific-open-question" -> first.parts().contains("question") || first.parts().contains("open");
            default -> topic;
        };
    }
}
