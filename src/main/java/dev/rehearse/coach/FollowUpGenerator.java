package dev.rehearse.coach;

import dev.rehearse.coach.report.ChangeFinding;
import dev.rehearse.coach.report.CompanyTie;
import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.Finding;
import dev.rehearse.coach.report.FindingKind;
import dev.rehearse.coach.report.FollowUp;
import dev.rehearse.coach.report.Gap;
import dev.rehearse.coach.report.NameFinding;
import dev.rehearse.knowledge.PassageRef;
import dev.rehearse.coach.report.PhraseFinding;
import dev.rehearse.coach.text.RuleFile;
import dev.rehearse.coach.text.Terms;
import dev.rehearse.search.SearchHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Item 9 of the issue: the questions an interviewer is likely to ask next, from the draft's gaps, its
 * claims, the company and the pattern bank (follow-up-patterns.txt), ranked, one per topic.
 */
final class FollowUpGenerator {

    static final int MAX = 6;
    private static final int MAX_QUOTE = 80;
    private static final double NEAR_DUPLICATE = 0.5;
    private static final String EXAMPLE_TOPIC = "example";
    /** Words a follow-up must share beyond the top passage's for another passage to be chosen. */
    private static final double TOP_HIT_HEAD_START = 2.0;

    /** A line of the pattern bank. */
    record Pattern(String condition, String topic, String question, String why) {
    }

    private record Candidate(double priority, int order, String topic, String question, String why, String origin,
                             List<String> basedOn, String focus) {
    }

    private final Map<String, List<Pattern>> byType = new LinkedHashMap<>();
    private final Map<String, Pattern> claims = new LinkedHashMap<>();
    private final Map<String, Pattern> company = new LinkedHashMap<>();

    FollowUpGenerator() {
        this(RuleFile.load("follow-up-patterns.txt"));
    }

    /** A generator on another pattern bank in the same format (tests use one with near-duplicate wording). */
    FollowUpGenerator(RuleFile f) {
        for (String section : f.sections()) {
            List<Pattern> patterns = new ArrayList<>();
            for (String line : f.lines(section)) {
                String[] parts = line.split("\\s*\\|\\s*");
                if (parts.length != 4) {
                    throw new IllegalStateException(f.name() + " [" + section + "]: expected 4 fields, got " + line);
                }
                patterns.add(new Pattern(parts[0], parts[1], parts[2], parts[3]));
            }
            switch (section) {
                case "claims" -> patterns.forEach(p -> claims.put(p.condition(), p));
                case "company" -> patterns.forEach(p -> company.put(p.condition(), p));
                default -> byType.put(section, patterns);
            }
        }
    }

    List<FollowUp> generate(DraftAnalysis a, CompanyTie tie, List<SearchHit> notes, Set<String> common) {
        return generate(a, tie, notes, common, null);
    }

    /**
     * @param storyPassageId the notes passage holding the facts the draft left out (a concrete story), or
     *                       null: "give an example" follow-ups prepare from it
     */
    List<FollowUp> generate(DraftAnalysis a, CompanyTie tie, List<SearchHit> notes, Set<String> common, String storyPassageId) {
        List<Candidate> candidates = new ArrayList<>();
        int[] order = {0};
        // 1. the type's patterns: gap-driven ones rank first, "always" ones last
        for (Pattern p : byType.getOrDefault(a.question().type().wireName(), List.of())) {
            List<String> basis = condition(p.condition(), a);
            if (basis == null) {
                continue;
            }
            boolean always = p.condition().equals("always");
            candidates.add(new Candidate(always ? 1.0 : 3.0, order[0]++, p.topic(), p.question(), p.why(), always ? "pattern" : "gap", basis, ""));
        }
        // 2. claims in the draft
        claims(a, candidates, order);
        // 3. the company
        if (!tie.company().isEmpty()) {
            String theme = !tie.missingThemes().isEmpty() ? tie.missingThemes().get(0)
                    : tie.themesInResearch().isEmpty() ? "" : tie.themesInResearch().get(0);
            Pattern p = company.get(theme.isEmpty() ? "none" : "theme");
            if (p != null) {
                List<String> basis = tie.research().stream().limit(2).map(r -> r.passage().passageId()).toList();
                candidates.add(new Candidate(tie.tied() ? 2.3 : 2.8, order[0]++, p.topic(),
                        fill(p.question(), tie.company(), theme), fill(p.why(), tie.company(), theme), "company", basis, theme));
            }
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.priority).thenComparingInt(Candidate::order));
        List<Candidate> kept = new ArrayList<>();
        Set<String> topics = new HashSet<>();
        for (Candidate c : candidates) {
            if (kept.size() == MAX) {
                break;
            }
            boolean dup = topics.contains(c.topic)
                    || kept.stream().anyMatch(k -> jaccard(Grounder.stems(k.question), Grounder.stems(c.question)) >= NEAR_DUPLICATE);
            if (!dup) {
                kept.add(c);
                topics.add(c.topic);
            }
        }
        List<Set<String>> notesStems = notes.stream().map(h -> Terms.content(h.passage().searchableText(), common)).toList();
        List<FollowUp> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Candidate c = kept.get(i);
            PassageRef from = prepareFrom(c, notes, notesStems, common);
            if (EXAMPLE_TOPIC.equals(c.topic) && storyPassageId != null) {
                // an example is prepared from the story the notes already tell, not from the abstract answer
                from = notes.stream().filter(h -> h.passage().id().equals(storyPassageId)).findFirst()
                        .map(h -> PassageRef.of(h.passage())).orElse(from);
            }
            out.add(new FollowUp(i + 1, c.question, c.why, c.origin, c.basedOn, from));
        }
        return out;
    }

    /** The ids behind a pattern's condition, or null when the condition does not hold. */
    private static List<String> condition(String condition, DraftAnalysis a) {
        if (condition.equals("always")) {
            return List.of();
        }
        int colon = condition.indexOf(':');
        String what = condition.substring(colon + 1);
        return switch (condition.substring(0, colon)) {
            case "gap" -> a.structure().gaps().stream().filter(g -> g.part().equals(what)).map(Gap::id).findFirst()
                    .map(List::of).orElse(null);
            case "has" -> {
                List<String> ids = a.allFindings().stream().filter(f -> f.kind().wireName().equals(what)).map(Finding::id).limit(3).toList();
                yield ids.isEmpty() ? null : ids;
            }
            case "no" -> a.allFindings().stream().anyMatch(f -> f.kind().wireName().equals(what)) ? null : List.of();
            default -> throw new IllegalStateException("follow-up-patterns.txt: unknown condition " + condition);
        };
    }

    private void claims(DraftAnalysis a, List<Candidate> out, int[] order) {
        List<ChangeFinding> changes = a.evidence().changes();
        if (!changes.isEmpty() && claims.containsKey("change")) {
            ChangeFinding c = changes.get(0);
            out.add(claim(claims.get("change"), c, c.span().text(), "", 2.6, order));
        } else if (!a.evidence().quantities().isEmpty() && claims.containsKey("quantity")) {
            Finding q = a.evidence().quantities().get(0);
            out.add(claim(claims.get("quantity"), q, q.span().text(), "", 2.2, order));
        }
        List<PhraseFinding> tradeOffs = a.evidence().reasoning().stream().filter(r -> r.kind() == FindingKind.TRADE_OFF).toList();
        if (!tradeOffs.isEmpty() && claims.containsKey("trade-off")) {
            PhraseFinding t = tradeOffs.get(0);
            out.add(claim(claims.get("trade-off"), t, t.span().text(), sentenceOf(a, t), 2.5, order));
        }
        List<NameFinding> tools = a.evidence().names().stream()
                .filter(n -> n.category().equals("tool") || n.category().equals("cloud")).toList();
        if (!tools.isEmpty() && claims.containsKey("name")) {
            NameFinding n = tools.get(0);
            out.add(claim(claims.get("name"), n, n.name(), "", 2.0, order));
        }
    }

    private static Candidate claim(Pattern p, Finding f, String text, String sentence, double priority, int[] order) {
        String q = p.question().replace("{text}", text).replace("{sentence}", sentence);
        String why = p.why().replace("{text}", text).replace("{sentence}", sentence);
        return new Candidate(priority, order[0]++, p.topic(), q, why, "claim", List.of(f.id()), text + " " + sentence);
    }

    /** The sentence holding a finding, cut to a quotable length at a word boundary. */
    private static String sentenceOf(DraftAnalysis a, Finding f) {
        String s = a.structure().sentences().stream()
                .filter(r -> r.span().start() <= f.span().start() && f.span().end() <= r.span().end())
                .map(r -> r.span().text()).findFirst().orElse(f.span().text());
        s = s.strip().replaceAll("\\s+", " ").replaceAll("[.!?]+$", "");
        if (s.length() <= MAX_QUOTE) {
            return s;
        }
        int cut = s.lastIndexOf(' ', MAX_QUOTE);
        return s.substring(0, cut > 20 ? cut : MAX_QUOTE) + " …";
    }

    private static String fill(String template, String company, String theme) {
        return template.replace("{company}", company).replace("{theme}", theme);
    }

    /**
     * The notes passage to prepare from: the one retrieved first for the draft (it is about the same
     * story), unless another shares clearly more of the follow-up's own topic words.
     */
    private static PassageRef prepareFrom(Candidate c, List<SearchHit> notes, List<Set<String>> notesStems, Set<String> common) {
        if (notes.isEmpty()) {
            return null;
        }
        Set<String> wanted = Terms.content(c.question + " " + c.focus, common);
        int best = 0;
        double bestScore = -1;
        for (int i = 0; i < notes.size(); i++) {
            double score = notesStems.get(i).stream().filter(wanted::contains).count() + (i == 0 ? TOP_HIT_HEAD_START : 0);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return PassageRef.of(notes.get(best).passage());
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / union.size();
    }
}
