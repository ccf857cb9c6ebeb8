package dev.rehearse.coach.tie;

import dev.rehearse.coach.text.Terms;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks two or three different facts from the ranking and writes each as a first-person sentence the
 * candidate could say: the fact as they read it, joined to the clause of the draft it fits. The
 * frames (bridge-templates.txt) carry no fact of their own, so a bridge holds only the fact and the
 * candidate's own words.
 */
public final class BridgeWriter {

    public static final int MAX_BRIDGES = 3;
    /** Facts sharing this share of their content words say the same thing twice. */
    private static final double SAME_FACT = 0.5;

    private final List<String> frames;
    private final Set<String> properNouns;

    public BridgeWriter(List<String> frames, Set<String> properNouns) {
        if (frames.isEmpty() || frames.stream().anyMatch(f -> !f.contains("{fact}") || !f.contains("{action}"))) {
            throw new IllegalStateException("every bridge frame needs {fact} and {action}: " + frames);
        }
        this.frames = List.copyOf(frames);
        this.properNouns = properNouns;
    }

    /**
     * Up to three facts, each a different fact, each tied to a different sentence of the draft; a
     * sentence is used twice only to reach two bridges, since three bridges repeating one clause read
     * as one suggestion.
     */
    public static List<RankedFact> pick(List<RankedFact> ranked) {
        List<RankedFact> out = new ArrayList<>();
        Set<String> actionsUsed = new HashSet<>();
        for (RankedFact r : ranked) {
            if (out.size() < MAX_BRIDGES && !actionsUsed.contains(r.action().text()) && out.stream().noneMatch(o -> similar(o, r))) {
                out.add(r);
                actionsUsed.add(r.action().text());
            }
        }
        for (RankedFact r : ranked) {
            if (out.size() < 2 && !out.contains(r) && out.stream().noneMatch(o -> similar(o, r))) {
                out.add(r);
            }
        }
        return out;
    }

    /** The sentence for the {@code index}-th bridge (frames rotate so two bridges do not read alike). */
    public String write(RankedFact r, int index) {
        String frame = frames.get(index % frames.size());
        return frame.replace("{fact}", spoken(r.fact().statement())).replace("{action}", r.action().clause());
    }

    /** The statement as the middle of a sentence: no final stop, a common first word in lower case. */
    String spoken(String statement) {
        String s = statement.strip().replaceAll("[.!?]+$", "");
        int space = s.indexOf(' ');
        String first = space < 0 ? s : s.substring(0, space);
        boolean name = first.chars().skip(1).anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                || properNouns.contains(first) || first.startsWith("\"") || first.equals("I");
        return name || s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static boolean similar(RankedFact a, RankedFact b) {
        Set<String> x = Terms.content(a.fact().statement(), Set.of());
        Set<String> y = Terms.content(b.fact().statement(), Set.of());
        long shared = x.stream().filter(y::contains).count();
        return shared >= SAME_FACT * Math.min(x.size(), y.size());
    }
}
