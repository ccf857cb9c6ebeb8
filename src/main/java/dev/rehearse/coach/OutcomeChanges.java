package dev.rehearse.coach;

import dev.rehearse.coach.report.ChangeFinding;
import dev.rehearse.coach.report.FindingKind;
import dev.rehearse.coach.report.NumberFinding;
import dev.rehearse.coach.roles.OutcomePatterns;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A change told in words rather than as "from X to Y": the draft gives a figure for how things were ("failed about
 * three times a month", "nightly loads took six hours") and later states the outcome ("hasn't failed since", "went
 * to none", "loads now take 40 minutes"). The two together are a before → after as much as a from-to pair is, and
 * a coach credits them the same; an outcome with no figure before it is a result, not a measured change.
 */
final class OutcomeChanges {

    static final String FORM = "outcome";

    private OutcomeChanges() {
    }

    /**
     * The outcomes stated after a figure, each as a change whose "before" is the nearest figure preceding it in the
     * draft and whose "after" is the outcome's words; outcomes that overlap a change already found are left out.
     */
    static List<ChangeFinding> find(AnalysisContext ctx, List<NumberFinding> numbers, List<ChangeFinding> found) {
        List<ChangeFinding> out = new ArrayList<>();
        for (OutcomePatterns.Outcome o : OutcomePatterns.shared().find(ctx.text())) {
            if (o.form().equals("holding")
                    || found.stream().anyMatch(c -> c.span().start() < o.end() && o.start() < c.span().end())) {
                continue;
            }
            Optional<NumberFinding> before = numbers.stream()
                    .filter(n -> n.span().end() <= o.start() && !inside(n, o))
                    .reduce((a, b) -> b);
            if (before.isEmpty()) {
                continue;
            }
            String was = before.get().span().text().strip();
            String now = ctx.text().substring(o.start(), o.end()).strip();
            out.add(new ChangeFinding(ctx.ids.next(FindingKind.CHANGE), FindingKind.CHANGE, ctx.span(o.start(), o.end()),
                    FORM, was, now, "", "Before → after in words: \"" + was + "\" earlier, then \"" + now + "\"."));
        }
        return out;
    }

    private static boolean inside(NumberFinding n, OutcomePatterns.Outcome o) {
        return n.span().start() >= o.start() && n.span().end() <= o.end();
    }
}
