package dev.rehearse.coach.text;

import dev.rehearse.text.RulePattern;
import dev.rehearse.text.PhraseMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of phrases (or {@code re:} regexes) with optional suggestions ({@code phrase => suggestion}),
 * matched as whole words, case-insensitively. Overlapping matches keep the longer one, then the
 * earlier one, so "a lot of" wins over "a lot".
 *
 * <p>Literal phrases are matched on word pieces by a {@link PhraseMatcher}, not by regexes, so a
 * list of a hundred names costs one linear pass over the text whatever the text holds. The few
 * {@code re:} entries (patterns that need look-arounds) are compiled by {@link LinearRegex}, whose
 * word boundaries look at one character only.
 */
public final class PhraseList {

    /** One entry of the list. */
    public record Entry(String phrase, String suggestion) {
    }

    /** A match of an entry in a text. */
    public record Match(int start, int end, Entry entry) {
    }

    private record RegexEntry(Entry entry, RulePattern pattern) {
    }

    private final List<Entry> entries;
    /** The literal phrases, longest first: the matcher's index i is {@code literal.get(i)}. */
    private final List<Entry> literal;
    private final PhraseMatcher matcher;
    private final List<RegexEntry> regexEntries;

    private PhraseList(List<Entry> entries, boolean caseSensitive, boolean rules) {
        this.entries = List.copyOf(entries);
        List<Entry> literals = new ArrayList<>();
        List<RegexEntry> regex = new ArrayList<>();
        for (Entry e : entries) {
            if (rules && e.phrase().startsWith("re:")) {
                String body = e.phrase().substring(3);
                regex.add(new RegexEntry(e, caseSensitive ? RulePattern.compile(body, 0) : RulePattern.compileIgnoringCase(body)));
            } else {
                literals.add(e);
            }
        }
        literals.sort(Comparator.comparing(Entry::phrase, PhraseMatcher.longestFirst()));
        this.literal = List.copyOf(literals);
        List<String> phrases = literal.stream().map(Entry::phrase).toList();
        this.matcher = caseSensitive ? PhraseMatcher.caseSensitive(phrases) : PhraseMatcher.ignoringCase(phrases);
        this.regexEntries = List.copyOf(regex);
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
            entries.add(new Entry(phrase, suggestion));
        }
        return new PhraseList(entries, false, true);
    }

    /**
     * Names taken from the user's own files (a company's names), matched as written, ignoring case: unlike a rule
     * line, a name that starts with "re:" or holds " => " is still just a name.
     */
    public static PhraseList names(List<String> names) {
        return new PhraseList(names.stream().map(n -> new Entry(n, "")).toList(), false, false);
    }

    /**
     * Names matched case-sensitively ("Linear" the tool, not "linear"). They come from the user's files, so they
     * are taken as written, never as a {@code re:} pattern.
     */
    public static PhraseList caseSensitive(List<String> names) {
        return new PhraseList(names.stream().map(n -> new Entry(n, "")).toList(), true, false);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The compiled {@code re:} entries, in list order. */
    public List<Pattern> regexPatterns() {
        return regexEntries.stream().map(e -> e.pattern().linear()).toList();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Every non-overlapping match in {@code text}, in text order. */
    public List<Match> find(CharSequence text) {
        return resolveOverlaps(all(text, 0, text.length()));
    }

    /** True when any entry matches inside [from, to) of {@code text}. */
    public boolean anyIn(CharSequence text, int from, int to) {
        return !all(text, from, to).isEmpty();
    }

    private List<Match> all(CharSequence text, int from, int to) {
        List<Match> all = new ArrayList<>();
        for (PhraseMatcher.Match m : matcher.find(text, from, to)) {
            all.add(new Match(m.start(), m.end(), literal.get(m.phrase())));
        }
        for (RegexEntry e : regexEntries) {
            Matcher m = e.pattern().matcher(text).region(from, to);
            m.useTransparentBounds(true);
            while (m.find()) {
                if (m.end() > m.start()) {
                    all.add(new Match(m.start(), m.end(), e.entry()));
                }
            }
        }
        return all;
    }

    /** Keeps the longest matches, then the earliest, dropping any that overlap one kept; in text order. */
    static List<Match> resolveOverlaps(List<Match> all) {
        List<Match> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt((Match m) -> -(m.end - m.start)).thenComparingInt(m -> m.start));
        // kept matches never overlap, so the one starting last before m's end is the only one that can clash
        TreeMap<Integer, Match> kept = new TreeMap<>();
        for (Match m : sorted) {
            Map.Entry<Integer, Match> before = kept.lowerEntry(m.end);
            if (before == null || before.getValue().end <= m.start) {
                kept.put(m.start, m);
            }
        }
        return List.copyOf(kept.values());
    }
}
