package dev.rehearse.llm.request;

import dev.rehearse.coach.report.Bridge;
import dev.rehearse.coach.report.Critique;
import dev.rehearse.coach.report.Delivery;
import dev.rehearse.coach.report.FollowUp;
import dev.rehearse.coach.report.Gap;
import dev.rehearse.coach.report.LanguageIssue;
import dev.rehearse.coach.report.MissingFact;
import dev.rehearse.coach.report.NumberFinding;
import dev.rehearse.coach.report.PhraseFinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The offline critique as the short facts the model is given: the question type, the structure's
 * gaps, length, hedges, ownership, the numbers and vague words, spelling, the facts from the notes the
 * draft leaves out, the company tie and the domain probes the draft fires, then the offline scores. The model is told to take them as
 * correct, so it need not rediscover them and can spend its effort on judgement.
 */
public final class CritiqueFacts {

    /** Enough to guide the model without crowding out the draft and the passages. */
    static final int MAX_FACTS = 18;
    private static final int MAX_ITEMS = 5;
    /** Probes beyond three crowd out the rest and repeat one another. */
    private static final int MAX_PROBES = 3;
    private static final String PROBE = "probe";

    private CritiqueFacts() {
    }

    public static OfflineFacts of(Critique c) {
        List<String> facts = new ArrayList<>();
        String framework = c.structure().framework();
        facts.add("Structure (" + framework + "): " + (c.structure().headlineFirst() ? "the headline comes first" : "the headline does not come first"));
        for (Gap gap : c.structure().gaps()) {
            facts.add("Structure gap: " + gap.message());
        }
        Delivery d = c.delivery();
        facts.add("Length: " + d.wordCount() + " words, about " + d.speakingSeconds() + " s spoken (target "
                + d.target().minWords() + "-" + d.target().maxWords() + " words): " + d.length().wireName().replace('-', ' '));
        List<String> hedges = counted(d.hedges());
        hedges.addAll(counted(d.fillers()));
        if (!hedges.isEmpty()) {
            facts.add("Hedges and fillers: " + limited(hedges));
        }
        if (!d.longSentences().isEmpty()) {
            facts.add("Long sentences: " + d.longSentences().size());
        }
        int unclear = c.ownership().unclear().size();
        facts.add("Ownership: \"I\" " + times(c.ownership().iCount()) + ", \"we\" " + times(c.ownership().weCount())
                + (unclear == 0 ? "" : "; " + unclear + (unclear == 1 ? " sentence" : " sentences")
                + " where the candidate's own action is unclear"));
        List<String> quantities = c.evidence().quantities().stream().map(CritiqueFacts::number).toList();
        facts.add(quantities.isEmpty() ? "Numbers: no measured quantity in the draft" : "Measured quantities: " + limited(quantities));
        List<String> vague = counted(c.evidence().vague());
        if (!vague.isEmpty()) {
            facts.add("Vague wording: " + limited(vague));
        }
        List<String> spelling = c.language().issues().stream().map(CritiqueFacts::language).distinct().toList();
        if (!spelling.isEmpty()) {
            facts.add("Spelling and grammar: " + limited(spelling));
        }
        for (MissingFact m : c.grounding().missingFacts()) {
            if (facts.size() >= MAX_FACTS - 2) {
                break;
            }
            facts.add("In the notes but not the draft (" + m.passage().citation() + "): " + m.text());
        }
        if (c.companyTie().summary() != null && !c.companyTie().summary().isBlank()) {
            facts.add("Company tie: " + c.companyTie().summary());
        }
        // the research facts ranked by what the draft says the candidate did: the model's best material for bridges
        for (Bridge b : c.companyTie().bridges()) {
            if (facts.size() < MAX_FACTS - 1) {
                facts.add("Company fact that fits what the candidate did (" + b.citation().citation() + "): " + b.fact());
            }
        }
        // the domain probes the draft's own words fired: what an interviewer for the role would dig into
        int probes = 0;
        for (FollowUp f : c.followUps()) {
            if (PROBE.equals(f.origin()) && probes < MAX_PROBES && facts.size() < MAX_FACTS - 1) {
                facts.add("Probe: " + f.question() + (f.why() == null || f.why().isBlank() ? "" : " (" + f.why() + ")"));
                probes++;
            }
        }
        facts.add("Offline scores: " + c.scores().dimensions().stream()
                .map(s -> s.dimension().wireName() + " " + s.score())
                .collect(Collectors.joining(", ")) + String.format(Locale.ROOT, "; overall %.1f", c.scores().overall()));
        return new OfflineFacts(c.question().type().wireName(), facts.size() > MAX_FACTS ? facts.subList(0, MAX_FACTS) : facts);
    }

    /** "'I think' ×2" for each distinct phrase, in order of first appearance. */
    private static List<String> counted(List<PhraseFinding> findings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PhraseFinding f : findings) {
            counts.merge(f.span().text().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        List<String> out = new ArrayList<>();
        counts.forEach((phrase, n) -> out.add("\"" + phrase + "\"" + (n > 1 ? " x" + n : "")));
        return out;
    }

    private static String times(int n) {
        return n == 1 ? "once" : n + " times";
    }

    private static String number(NumberFinding n) {
        return "\"" + n.span().text() + "\"";
    }

    private static String language(LanguageIssue issue) {
        return "\"" + issue.span().text() + "\"" + (issue.suggestions().isEmpty() ? "" : " (" + issue.suggestions().get(0) + ")");
    }

    private static String limited(List<String> items) {
        String joined = String.join(", ", items.size() > MAX_ITEMS ? items.subList(0, MAX_ITEMS) : items);
        return items.size() > MAX_ITEMS ? joined + " and " + (items.size() - MAX_ITEMS) + " more" : joined;
    }
}
