package dev.rehearse.coach;

import dev.rehearse.coach.intent.FlagHit;
import dev.rehearse.coach.intent.MeaningReason;
import dev.rehearse.coach.intent.RedFlagReader;
import dev.rehearse.coach.report.Concern;
import dev.rehearse.coach.report.Dimension;
import dev.rehearse.coach.report.QuestionType;
import dev.rehearse.coach.text.RuleFile;
import dev.rehearse.coach.text.Sentence;
import dev.rehearse.coach.text.Span;
import dev.rehearse.text.RulePattern;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;

/**
 * Finds the concerns of concerns.txt in a draft: red flags that cap the overall score and signals that cost points.
 * The cues are data; this class only counts them against each rule's threshold. Thread-safe.
 */
final class ConcernFinder {

    /** At most this many spans a concern, so a draft full of one buzzword does not flood the report. */
    private static final int MAX_SPANS = 8;

    /** One section of concerns.txt. */
    record Rule(String name, boolean redFlag, Set<String> types, boolean absent, boolean unlessAnchored, double cap, int min, int least, double per100,
                Map<Dimension, Integer> points, String message, String suggestion, List<RulePattern> cues, List<RulePattern> notIn) {

        boolean appliesTo(QuestionType type) {
            return types.contains("all") || types.contains(type.wireName());
        }
    }

    private static final ConcernFinder SHARED = new ConcernFinder(RuleFile.load("concerns.txt"));

    private final Map<String, Rule> rules = new java.util.LinkedHashMap<>();

    ConcernFinder(RuleFile file) {
        for (String section : file.sections()) {
            int dot = section.indexOf('.');
            String kind = dot < 0 ? "" : section.substring(0, dot);
            if (!kind.equals("red-flag") && !kind.equals("signal")) {
                throw new IllegalStateException(file.name() + ": section [" + section + "] is neither red-flag.NAME nor signal.NAME");
            }
            Map<String, List<String>> v = file.values(section);
            Map<Dimension, Integer> points = new EnumMap<>(Dimension.class);
            for (Dimension d : Dimension.values()) {
                List<String> p = v.get(d.name().toLowerCase(Locale.ROOT));
                if (p != null) {
                    points.put(d, Integer.parseInt(p.get(0)));
                }
            }
            List<RulePattern> cues = v.getOrDefault("cue", List.of()).stream().map(RulePattern::compileIgnoringCase).toList();
            // a cue inside a sentence matching one of these does not count: a question about the salary is not a
            // question about the work
            List<RulePattern> notIn = v.getOrDefault("not-in", List.of()).stream().map(RulePattern::compileIgnoringCase).toList();
            String name = section.substring(dot + 1);
            String unless = one(v, "unless", "");
            if (!unless.isEmpty() && !unless.equals("anchored")) {
                throw new IllegalStateException(file.name() + ": [" + section + "] unless = " + unless + " (only \"anchored\" is known)");
            }
            rules.put(name, new Rule(name, kind.equals("red-flag"),
                    Set.of(one(v, "types", "all").replace(" ", "").split(",")),
                    Boolean.parseBoolean(one(v, "absent", "false")),
                    unless.equals("anchored"),
                    Double.parseDouble(one(v, "cap", "5")),
                    Integer.parseInt(one(v, "min", "1")),
                    Integer.parseInt(one(v, "least", "1")),
                    Double.parseDouble(one(v, "per100", "0")),
                    points, one(v, "message", name), one(v, "suggestion", ""), cues, notIn));
        }
    }

    static ConcernFinder shared() {
        return SHARED;
    }

    /** The rule a concern came from. */
    Rule rule(String name) {
        Rule r = rules.get(name);
        if (r == null) {
            throw new IllegalArgumentException("no concern rule " + name);
        }
        return r;
    }

    List<Concern> find(AnalysisContext ctx, QuestionType type) {
        return find(ctx, type, null);
    }

    /**
     * As above; with {@code meaning}, a concern of the question's type that the meaning reader knows (its red flags, and flattery) also holds on a sentence whose meaning reads
     * as the flag, and an "absent" flag (no question asked) also holds when the only cues sit in a sentence that
     * declines to ask.
     */
    List<Concern> find(AnalysisContext ctx, QuestionType type, RedFlagReader meaning) {
        return find(ctx, type, meaning, () -> false);
    }

    /**
     * As above; {@code anchored} says whether the answer rests on something concrete of the candidate's own (see
     * {@link Anchors}). It is asked at most once, and only when a rule with {@code unless = anchored} would hold.
     */
    List<Concern> find(AnalysisContext ctx, QuestionType type, RedFlagReader meaning, BooleanSupplier anchored) {
        String text = ctx.text();
        int words = Math.max(1, ctx.draft.wordCount());
        Map<String, List<FlagHit>> read = readByMeaning(ctx, type, meaning);
        List<Concern> out = new ArrayList<>();
        int n = 0;
        Boolean isAnchored = null;
        for (Rule r : rules.values()) {
            if (!r.appliesTo(type) || text.isBlank()) {
                continue;
            }
            List<Span> spans = new ArrayList<>();
            List<Span> meant = new ArrayList<>();
            for (FlagHit h : read.getOrDefault(r.name, List.of())) {
                Sentence s = ctx.draft.sentences().get(h.sentence());
                meant.add(ctx.span(s.start(), s.end()));
            }
            int count = 0;
            int outsideMeant = 0;
            boolean[] cued = new boolean[meant.size()];
            for (RulePattern p : r.cues) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    if (m.end() == m.start() || inExcludedSentence(ctx, r, m.start())) {
                        continue;
                    }
                    count++;
                    boolean inside = false;
                    for (int i = 0; i < meant.size(); i++) {
                        if (meant.get(i).start() <= m.start() && m.end() <= meant.get(i).end()) {
                            cued[i] = true;
                            inside = true;
                        }
                    }
                    if (!inside) {
                        outsideMeant++;
                    }
                    if (spans.size() < MAX_SPANS && spans.stream().noneMatch(s -> s.start() < m.end() && m.start() < s.end())) {
                        spans.add(ctx.span(m.start(), m.end()));
                    }
                }
            }
            String message = r.message;
            if (!meant.isEmpty() && (r.absent ? outsideMeant == 0 : count < r.min)) {
                // the meaning decided where the cues alone did not: say what the sentence sounds like
                message = r.message + " " + MeaningReason.of(read.get(r.name).get(0));
                // a sentence counts once, whether its cue word or its meaning found it
                int uncued = 0;
                for (boolean c : cued) {
                    uncued += c ? 0 : 1;
                }
                count = r.absent ? 0 : count + uncued;
            }
            for (Span m : meant) {
                if (spans.size() < MAX_SPANS && spans.stream().noneMatch(s -> s.start() < m.end() && m.start() < s.end())) {
                    spans.add(m);
                }
            }
            boolean holds = r.absent ? count == 0
                    : count >= Math.max(1, r.least) && (count >= r.min || (r.per100 > 0 && count * 100.0 / words >= r.per100));
            if (holds && r.unlessAnchored) {
                if (isAnchored == null) {
                    isAnchored = anchored.getAsBoolean();
                }
                holds = !isAnchored;
            }
            if (holds) {
                spans.sort(java.util.Comparator.comparingInt(Span::start));
                out.add(new Concern("concern-" + (++n), r.name, r.redFlag, r.redFlag ? r.cap : 5, message, r.suggestion,
                        r.absent ? meant : spans));
            }
        }
        return out;
    }

    /** Whether the sentence holding this position matches one of the rule's "not-in" patterns. */
    private static boolean inExcludedSentence(AnalysisContext ctx, Rule r, int at) {
        if (r.notIn.isEmpty()) {
            return false;
        }
        for (Sentence s : ctx.draft.sentences()) {
            if (s.start() <= at && at < s.end()) {
                String sentence = ctx.text().substring(s.start(), s.end());
                return r.notIn.stream().anyMatch(p -> p.matcher(sentence).find());
            }
        }
        return false;
    }

    /**
     * The concerns of this type that the meaning reader knows (the red flags, and flattery among the signals), read on
     * the draft's sentences in one pass.
     */
    private Map<String, List<FlagHit>> readByMeaning(AnalysisContext ctx, QuestionType type, RedFlagReader meaning) {
        if (meaning == null || ctx.text().isBlank()) {
            return Map.of();
        }
        Set<String> wanted = new java.util.HashSet<>();
        for (Rule r : rules.values()) {
            if (r.appliesTo(type) && meaning.reads(r.name)) {
                wanted.add(r.name);
            }
        }
        return wanted.isEmpty() ? Map.of()
                : meaning.find(wanted, ctx.draft.sentences().stream().map(Sentence::text).toList());
    }

    private static String one(Map<String, List<String>> values, String key, String fallback) {
        List<String> v = values.get(key);
        return v == null || v.isEmpty() ? fallback : v.get(0);
    }
}
