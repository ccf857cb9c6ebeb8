package dev.rehearse.coach.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of phrases (or {@code re:} regexes) with optional suggestions ({@code phrase => suggestion}),
 * matched as whole words, case-insensitively. Overlapping matches keep the longer one, then the
 * earlier one, so "a lot of" wins over "a lot".
 */
public final class PhraseList {

    /** One entry of the list. */
    public record Entry(String phrase, Pattern pattern, String suggestion) {
    }

    /** A match of an entry in a text. */
    public record Match(int start, int end, Entry entry) {
    }

    private static final String BEFORE = "(?<![\\p{L}\\p{N}_])";
    private static final String AFTER = "(?![\\p{L}\\p{N}_])";

    private final List<Entry> entries;

    private PhraseList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static PhraseList of(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        for (String line : lines) {
            String phrase = line;
            String suggestion = "";
            int arrow = line.indexOf(" => ");
            if (arrow >= 0) {
                phrase = line.substring(0, arrow).strip();
                suggestion = line.substring(arrow + 4).strip();
            }
            entries.add(new Entry(phrase, compile(phrase, false), suggestion));
        }
        return new PhraseList(entries);
    }

    /** Like {@link #of} but matching case-sensitively (names: "Linear" the tool, not "linear"). */
    public static PhraseList caseSensitive(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        for (String line : lines) {
            entries.add(new Entry(line, compile(line, true), ""));
        }
        return new PhraseList(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Every non-overlapping match in {@code text}, in text order. */
    public List<Match> find(CharSequence text) {
        List<Match> all = new ArrayList<>();
        for (Entry e : entries) {
            Matcher m = e.pattern.matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    all.add(new Match(m.start(), m.end(), e));
                }
            }
        }
        return resolveOverlaps(all);
    }

    /** True when any entry matches inside [from, to) of {@code text}. */
    public boolean anyIn(CharSequence text, int from, int to) {
        for (Entry e : entries) {
            Matcher m = e.pattern.matcher(text).region(from, to);
            m.useTransparentBounds(true);
            if (m.find()) {
                return true;
            }
        }
        return false;
    }

    static List<Match> resolveOverlaps(List<Match> all) {
        List<Match> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt((Match m) -> -(m.end - m.start)).thenComparingInt(m -> m.start));
        List<Match> kept = new ArrayList<>();
        for (Match m : sorted) {
            boolean clash = false;
            for (Match k : kept) {
                if (m.start < k.end && k.start < m.end) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        return kept;
    }

    static Pattern compile(String phrase, boolean caseSensitive) {
        if (phrase.startsWith("re:")) {
            return Pattern.compile(phrase.substring(3), caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
        StringBuilder re = new StringBuilder(BEFORE);
        String[] words = phrase.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                re.append("\\s+");
            }
            re.append(literal(words[i]));
        }
        re.append(AFTER);
        return Pattern.compile(re.toString(), caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A literal word whose apostrophes also match the typographic one. */
    private static String literal(String word) {
        List<String> parts = new ArrayList<>();
        for (String part : word.split("['’]", -1)) {
            parts.add(part.isEmpty() ? "" : Pattern.quote(part));
        }
        return String.join("['’]", parts);
    }
}
