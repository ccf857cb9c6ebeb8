package dev.rehearse.coach.roles;

import dev.rehearse.coach.text.RuleFile;
import dev.rehearse.text.RulePattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Results stated without a result word: a before → after change ("dropped from about three a month to zero"), a
 * problem that stopped ("hasn't failed since", "nobody has had to … again") or a state that has held since. The
 * patterns are general forms read from {@code coach/outcome-patterns.txt}; they feed the role classifier as a
 * feature and let the structure check see a result the classifier is unsure of. Immutable and thread-safe.
 */
public final class OutcomePatterns {

    /** One stated outcome: where it is in the text and which form it takes ("change", "stopped", "holding"). */
    public record Outcome(String form, int start, int end) {
    }

    private record Form(String name, RulePattern pattern) {
    }

    private static final List<String> FORMS = List.of("change", "stopped", "holding");
    private static volatile OutcomePatterns shared;

    private final List<Form> forms;

    private OutcomePatterns(RuleFile file) {
        String quantity = one(file, "quantity");
        String none = one(file, "none");
        List<Form> out = new ArrayList<>();
        for (String form : FORMS) {
            for (String line : file.lines(form)) {
                out.add(new Form(form, RulePattern.compileIgnoringCase(line.replace("{Q}", quantity).replace("{NONE}", none))));
            }
        }
        this.forms = List.copyOf(out);
    }

    /** The patterns of {@code coach/outcome-patterns.txt}, parsed once. */
    public static OutcomePatterns shared() {
        OutcomePatterns p = shared;
        if (p == null) {
            synchronized (OutcomePatterns.class) {
                p = shared;
                if (p == null) {
                    p = new OutcomePatterns(RuleFile.load("outcome-patterns.txt"));
                    shared = p;
                }
            }
        }
        return p;
    }

    /** Every outcome stated in {@code text[from, to)}, in order, overlapping ones of a later form dropped. */
    public List<Outcome> find(CharSequence text, int from, int to) {
        List<Outcome> found = new ArrayList<>();
        for (Form f : forms) {
            Matcher m = f.pattern().matcher(text).region(from, to);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (found.stream().noneMatch(o -> o.start() < e && s < o.end())) {
                    found.add(new Outcome(f.name(), s, e));
                }
            }
        }
        found.sort(Comparator.comparingInt(Outcome::start));
        return found;
    }

    public List<Outcome> find(CharSequence text) {
        return find(text, 0, text.length());
    }

    /** Whether the text states an outcome at all. */
    public boolean states(CharSequence text) {
        return !find(text).isEmpty();
    }

    private static String one(RuleFile file, String section) {
        List<String> lines = file.lines(section);
        if (lines.size() != 1) {
            throw new IllegalStateException(file.name() + ": [" + section + "] must hold exactly one regex, found " + lines.size());
        }
        return lines.get(0);
    }
}
