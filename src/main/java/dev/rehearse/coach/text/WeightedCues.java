package dev.rehearse.coach.text;

import dev.rehearse.text.RulePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weighted regex cues ({@code <weight> <regex>} per line, case-insensitive): a section of
 * question-types.txt or structure-cues.txt. Each cue counts at most once per text.
 */
public final class WeightedCues {

    /** One cue and its weight. */
    public record Cue(double weight, Pattern pattern) {
    }

    /** A cue that matched, where. */
    public record Hit(Cue cue, int start, int end) {
    }

    private final List<Cue> cues;
    /** The cues' regexes as matched: {@code matched.get(i)} is {@code cues.get(i)}'s. */
    private final List<RulePattern> matched;

    private WeightedCues(List<Cue> cues, List<RulePattern> matched) {
        this.cues = List.copyOf(cues);
        this.matched = List.copyOf(matched);
    }

    public static WeightedCues of(String fileName, String section, List<String> lines) {
        List<Cue> cues = new ArrayList<>();
        List<RulePattern> matched = new ArrayList<>();
        for (String line : lines) {
            int space = line.indexOf(' ');
            if (space <= 0) {
                throw new IllegalStateException(fileName + " [" + section + "]: expected '<weight> <regex>', got " + line);
            }
            double weight;
            try {
                weight = Double.parseDouble(line.substring(0, space));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(fileName + " [" + section + "]: bad weight in " + line);
            }
            RulePattern p = RulePattern.compileIgnoringCase(line.substring(space + 1).strip());
            cues.add(new Cue(weight, p.linear()));
            matched.add(p);
        }
        return new WeightedCues(cues, matched);
    }

    /** The cues that match inside [from, to) of {@code text}, each once (its first match). */
    public List<Hit> hits(CharSequence text, int from, int to) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < cues.size(); i++) {
            Cue c = cues.get(i);
            Matcher m = matched.get(i).matcher(text).region(from, to);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(true);
            if (m.find()) {
                hits.add(new Hit(c, m.start(), m.end()));
            }
        }
        return hits;
    }

    public List<Hit> hits(CharSequence text) {
        return hits(text, 0, text.length());
    }

    /** The cues' compiled patterns, in file order. */
    public List<Pattern> patterns() {
        return cues.stream().map(Cue::pattern).toList();
    }

    public static double total(List<Hit> hits) {
        double sum = 0;
        for (Hit h : hits) {
            sum += h.cue.weight;
        }
        return sum;
    }
}
