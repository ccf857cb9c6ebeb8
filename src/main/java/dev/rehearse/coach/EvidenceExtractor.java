package dev.rehearse.coach;

import dev.rehearse.coach.CoachRules.ChangePattern;
import dev.rehearse.coach.report.ChangeFinding;
import dev.rehearse.coach.report.Evidence;
import dev.rehearse.coach.report.FindingKind;
import dev.rehearse.coach.report.NameFinding;
import dev.rehearse.coach.report.NumberFinding;
import dev.rehearse.coach.report.PhraseFinding;
import dev.rehearse.coach.text.PhraseList;
import dev.rehearse.coach.text.Sentence;
import dev.rehearse.coach.text.Span;
import dev.rehearse.coach.text.Token;
import dev.rehearse.text.NameShapes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;

/** The evidence in a draft: numbers, before → after pairs, names, reasoning and vague wording. */
final class EvidenceExtractor {

    /**
     * At most this many of the knowledge's names are looked for in a draft. A folder of a hundred thousand
     * headings would otherwise make a matcher as large as the folder; the notes of one candidate hold a few
     * hundred names, so the bound only ever cuts generated or pasted bulk.
     */
    static final int MAX_KNOWN_NAMES = 50_000;

    /** The matcher for one knowledge version's names, built when that version is first seen. */
    private record KnownNames(KnowledgeVocabulary vocabulary, PhraseList names) {
    }

    private volatile KnownNames knownNames;


    private final NumberExtractor numbers;

    EvidenceExtractor(CoachRules rules) {
        this.numbers = new NumberExtractor(rules);
    }

    Evidence extract(AnalysisContext ctx) {
        List<NumberFinding> nums = numbers.find(ctx);
        List<ChangeFinding> changes = new ArrayList<>(changes(ctx));
        changes.addAll(OutcomeChanges.find(ctx, nums, changes));
        changes.sort(Comparator.comparingInt((ChangeFinding c) -> c.span().start()));
        List<NameFinding> names = names(ctx);
        Set<String> distinct = new LinkedHashSet<>();
        names.forEach(n -> distinct.add(n.name()));
        List<PhraseFinding> reasoning = reasoning(ctx);
        List<PhraseFinding> vague = vague(ctx, nums, changes);
        return new Evidence(nums, changes, names, List.copyOf(distinct), reasoning, vague);
    }

    private List<ChangeFinding> changes(AnalysisContext ctx) {
        record Raw(int start, int end, ChangePattern pattern, Matcher m, String before, String after, String by) {
        }
        List<Raw> raw = new ArrayList<>();
        for (ChangePattern p : ctx.rules.changePatterns) {
            Matcher m = p.pattern().matcher(ctx.text());
            while (m.find()) {
                raw.add(new Raw(m.start(), m.end(), p, m, group(m, "before"), group(m, "after"), group(m, "by")));
            }
        }
        // overlapping patterns: keep the longest, then the earliest
        raw.sort(Comparator.comparingInt((Raw r) -> r.start - r.end).thenComparingInt(r -> r.start));
        List<Raw> kept = new ArrayList<>();
        for (Raw r : raw) {
            if (kept.stream().noneMatch(k -> r.start < k.end && k.start < r.end)) {
                kept.add(r);
            }
        }
        kept.sort(Comparator.comparingInt(Raw::start));
        List<ChangeFinding> out = new ArrayList<>();
        for (Raw r : kept) {
            String form = r.pattern.form();
            String message = switch (form) {
                case "from-to" -> "Before → after: " + r.before + " → " + r.after + ".";
                case "by" -> "A change with its size: " + ctx.text().substring(r.start, r.end).strip() + ".";
                default -> "A relative change: " + ctx.text().substring(r.start, r.end).strip()
                        + (r.by.isEmpty() ? "; give the before and after too." : ".");
            };
            out.add(new ChangeFinding(ctx.ids.next(FindingKind.CHANGE), FindingKind.CHANGE, ctx.span(r.start, r.end),
                    form, r.before, r.after, r.by, message));
        }
        return out;
    }

    private static String group(Matcher m, String name) {
        try {
            String g = m.group(name);
            return g == null ? "" : g.strip();
        } catch (IllegalArgumentException e) {
            // the pattern has no such group
            return "";
        }
    }

    private List<NameFinding> names(AnalysisContext ctx) {
        record Raw(int start, int end, String category, String source) {
        }
        String text = ctx.text();
        List<Raw> raw = new ArrayList<>();
        for (Map.Entry<String, PhraseList> e : ctx.rules.systems.entrySet()) {
            for (PhraseList.Match m : e.getValue().find(text)) {
                raw.add(new Raw(m.start(), m.end(), e.getKey(), "lexicon"));
            }
        }
        if (!ctx.vocabulary.properNouns().isEmpty()) {
            for (PhraseList.Match m : knownNames(ctx).find(text)) {
                raw.add(new Raw(m.start(), m.end(), NameShapes.isAcronym(text.substring(m.start(), m.end())) ? "term" : "name", "knowledge"));
            }
        }
        raw.addAll(heuristicNames(ctx).stream().map(s -> new Raw(s[0], s[1], s[2] == 1 ? "term" : "name", "heuristic")).toList());
        // lexicon first, then knowledge, then heuristics; longer before shorter
        raw.sort(Comparator.comparingInt((Raw r) -> sourceRank(r.source)).thenComparingInt(r -> r.start - r.end).thenComparingInt(r -> r.start));
        // kept names never overlap, so only the one starting last before r's end can clash with r
        TreeMap<Integer, Raw> kept = new TreeMap<>();
        for (Raw r : raw) {
            Map.Entry<Integer, Raw> before = kept.lowerEntry(r.end);
            if (before == null || before.getValue().end <= r.start) {
                kept.put(r.start, r);
            }
        }
        List<NameFinding> out = new ArrayList<>();
        for (Raw r : kept.values()) {
            Span span = ctx.span(r.start, r.end);
            String what = switch (r.category) {
                case "term" -> "A technical term";
                case "organisation" -> "A named organisation";
                case "name" -> "A name";
                default -> "A named " + r.category;
            };
            out.add(new NameFinding(ctx.ids.next(FindingKind.NAME), FindingKind.NAME, span, span.text(), r.category, r.source,
                    what + ": " + span.text() + "."));
        }
        return out;
    }

    /** The knowledge's names (the lexicon's systems left to the lexicon), as a matcher built once per knowledge version. */
    PhraseList knownNames(AnalysisContext ctx) {
        KnownNames current = knownNames;
        if (current == null || current.vocabulary() != ctx.vocabulary) {
            List<String> known = ctx.vocabulary.sortedProperNouns().stream()
                    .filter(n -> !ctx.rules.systemNames.contains(n)).limit(MAX_KNOWN_NAMES).toList();
            current = new KnownNames(ctx.vocabulary, PhraseList.caseSensitive(known));
            knownNames = current;
        }
        return current.names();
    }

    private static int sourceRank(String source) {
        return switch (source) {
            case "lexicon" -> 0;
            case "knowledge" -> 1;
            default -> 2;
        };
    }

    /** [start, end, isAcronym] of CamelCase words, acronyms and runs of mid-sentence capitalised words. */
    private static List<int[]> heuristicNames(AnalysisContext ctx) {
        List<int[]> out = new ArrayList<>();
        Set<String> common = ctx.rules.commonCapitalised;
        for (Sentence s : ctx.draft.sentences()) {
            List<Token> tokens = ctx.draft.tokensOf(s);
            int i = 0;
            while (i < tokens.size()) {
                Token t = tokens.get(i);
                String w = t.text().replaceAll("['’]s$", "");
                boolean camel = NameShapes.isCamelCase(w);
                boolean acronym = NameShapes.isAcronym(w) && !common.contains(w);
                boolean midCapital = i > 0 && t.isCapitalised() && !common.contains(w) && !common.contains(t.text());
                if (!camel && !acronym && !midCapital) {
                    i++;
                    continue;
                }
                if (acronym && !camel) {
                    out.add(new int[] {t.start(), t.start() + w.length(), 1});
                    i++;
                    continue;
                }
                // a run of capitalised words is one name ("Azure DevOps", "Beyond the Map" stops at "the")
                int j = i + 1;
                while (j < tokens.size() && tokens.get(j).isCapitalised() && !common.contains(tokens.get(j).text())
                        && adjacent(ctx.text(), tokens.get(j - 1), tokens.get(j))) {
                    j++;
                }
                Token last = tokens.get(j - 1);
                int end = last.start() + last.text().replaceAll("['’]s$", "").length();
                out.add(new int[] {t.start(), end, 0});
                i = j;
            }
        }
        return out;
    }

    private static boolean adjacent(String text, Token a, Token b) {
        return text.substring(a.end(), b.start()).matches("[ \\t]{1,2}");
    }

    private List<PhraseFinding> reasoning(AnalysisContext ctx) {
        List<PhraseFinding> out = new ArrayList<>();
        List<PhraseList.Match> all = new ArrayList<>();
        List<PhraseList.Match> tradeOffs = ctx.rules.tradeOffs.find(ctx.text());
        all.addAll(tradeOffs);
        all.addAll(ctx.rules.constraints.find(ctx.text()));
        all.sort(Comparator.comparingInt(PhraseList.Match::start));
        for (PhraseList.Match m : all) {
            boolean tradeOff = tradeOffs.contains(m);
            FindingKind kind = tradeOff ? FindingKind.TRADE_OFF : FindingKind.CONSTRAINT;
            Span span = ctx.span(m.start(), m.end());
            out.add(new PhraseFinding(ctx.ids.next(kind), kind, span,
                    tradeOff ? "Weighs an alternative or names a trade-off: \"" + span.text() + "\"."
                            : "Names a constraint: \"" + span.text() + "\".", ""));
        }
        return out;
    }

    private List<PhraseFinding> vague(AnalysisContext ctx, List<NumberFinding> nums, List<ChangeFinding> changes) {
        String text = ctx.text();
        List<PhraseList.Match> exceptions = ctx.rules.vagueExceptions.find(text);
        List<PhraseList.Match> all = new ArrayList<>(ctx.rules.vague.find(text));
        for (PhraseList.Match m : ctx.rules.vagueUnlessQuantified.find(text)) {
            Sentence s = ctx.sentenceAt(m.start());
            boolean quantified = nums.stream().anyMatch(n -> n.quantity() && inside(n.span(), s))
                    || changes.stream().anyMatch(c -> inside(c.span(), s));
            if (!quantified) {
                all.add(m);
            }
        }
        List<PhraseList.Match> kept = new ArrayList<>();
        for (PhraseList.Match m : PhraseListSupport.withoutCovered(all, exceptions)) {
            kept.add(m);
        }
        kept.sort(Comparator.comparingInt(PhraseList.Match::start));
        List<PhraseFinding> out = new ArrayList<>();
        for (PhraseList.Match m : kept) {
            Span span = ctx.span(m.start(), m.end());
            out.add(new PhraseFinding(ctx.ids.next(FindingKind.VAGUE), FindingKind.VAGUE, span,
                    "Vague: \"" + span.text() + "\".", m.entry().suggestion()));
        }
        return out;
    }

    static boolean inside(Span span, Sentence s) {
        return s != null && span.start() >= s.start() && span.end() <= s.end();
    }
}
