package dev.rehearse.coach.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of phrases (or {@code re:} regexes) with optional suggestions ({@code phrase => suggestion}),
 * matched as whole words, case-insensitively. Overlapping matches keep the longer one, then the
 * earlier one, so "a lot of" wins over "a lot". The literal phrases are scanned as one alternation
 * (longest first), so a list of a hundred names costs one pass over the text.
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
    /** The literal phrases as one alternation, longest first, a capture group per phrase: one scan, not one per phrase. */
    private final Pattern combined;
    private final List<Entry> combinedEntries;
    private final List<Entry> regexEntries;

    private PhraseList(List<Entry> entries, boolean caseSensitive) {
        this.entries = List.copyOf(entries);
        List<Entry> literal = new ArrayList<>();
        List<Entry> regex = new ArrayList<>();
        for (Entry e : entries) {
            (e.phrase().startsWith("re:") ? regex : literal).add(e);
        }
        literal.sort(Comparator.comparingInt((Entry e) -> -e.phrase().length()));
        this.combinedEntries = List.copyOf(literal);
        this.regexEntries = List.copyOf(regex);
        if (literal.isEmpty()) {
            this.combined = null;
        } else {
            StringBuilder re = new StringBuilder(BEFORE).append("(?:");
            for (int i = 0; i < literal.size(); i++) {
                re.append(i == 0 ? "" : "|").append('(').append(body(literal.get(i).phrase())).append(')');
            }
            re.append(')').append(AFTER);
            this.combined = Pattern.compile(re.toString(), caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
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
        return new PhraseList(entries, false);
    }

    /** Like {@link #of} but matching case-sensitively (names: "Linear" the tool, not "linear"). */
    public static PhraseList caseSensitive(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        for (String line : lines) {
            entries.add(new Entry(line, compile(line, true), ""));
        }
        return new PhraseList(entries, true);
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
        if (combined != null) {
            Matcher m = combined.matcher(text);
            while (m.find()) {
                all.add(new Match(m.start(), m.end(), combinedEntries.get(group(m))));
            }
        }
        for (Entry e : regexEntries) {
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
        if (combined != null) {
            Matcher m = combined.matcher(text).region(from, to);
            m.useTransparentBounds(true);
            if (m.find()) {
                return true;
            }
        }
        for (Entry e : regexEntries) {
            Matcher m = e.pattern.matcher(text).region(from, to);
            m.useTransparentBounds(true);
            if (m.find()) {
                return true;
            }
        }
        return false;
    }

    /** The index (from 0) of the alternative that matched. */
    private static int group(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.start(g) >= 0) {
                return g - 1;
            }
        }
        throw new IllegalStateException("a match without a group");
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
        return Pattern.compile(BEFORE + body(phrase) + AFTER, caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A literal phrase as a regex: its words quoted, any run of white space between them. */
    private static String body(String phrase) {
        StringBuilder re = new StringBuilder();
        String[] words = phrase.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                re.append("\\s+");
            }
            re.append(literal(words[i]));
        }
        return re.toString();
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
