package dev.rehearse.llm.guard;

import dev.rehearse.llm.reply.Citation;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the model's citations honest: a [n] must name one of the passages that were sent. Others are
 * removed from the text and the lists and counted, so the user sees how many were dropped.
 */
final class CitationMarkers {

    private static final Pattern MARKER = Pattern.compile("\\s?\\[(\\d{1,4}(?:\\s*[,;]\\s*\\d{1,4})*)]");

    private final int sent;
    private final TreeSet<Integer> used = new TreeSet<>();
    private int dropped;

    CitationMarkers(int sent) {
        this.sent = sent;
    }

    /** The text with markers that name unsent passages removed; valid ones are recorded as used. */
    String clean(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = MARKER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            List<String> kept = new ArrayList<>();
            for (String part : m.group(1).split("\\s*[,;]\\s*")) {
                int n = Integer.parseInt(part);
                if (valid(n)) {
                    used.add(n);
                    kept.add(String.valueOf(n));
                } else {
                    dropped++;
                }
            }
            String leading = m.group().startsWith("[") ? "" : m.group().substring(0, 1);
            String replacement = kept.isEmpty() ? "" : leading + "[" + String.join(", ", kept) + "]";
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A list of cited numbers with the unsent ones removed. */
    List<Integer> keep(List<Integer> numbers) {
        List<Integer> out = new ArrayList<>();
        for (Integer n : numbers) {
            if (n != null && valid(n)) {
                used.add(n);
                if (!out.contains(n)) {
                    out.add(n);
                }
            } else {
                dropped++;
            }
        }
        return out;
    }

    private boolean valid(int n) {
        return n >= 1 && n <= sent;
    }

    int dropped() {
        return dropped;
    }

    /** The valid numbers seen, resolved against the passages that were sent. */
    List<Citation> resolve(List<Citation> retrieved) {
        return used.stream().map(n -> retrieved.get(n - 1)).toList();
    }
}
