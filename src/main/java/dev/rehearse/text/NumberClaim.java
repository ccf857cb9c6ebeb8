package dev.rehearse.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number together with what it counts, so that a number is only backed by the same claim: the same value,
 * the same time unit ("6 weeks" is not "6 months") and at least one shared content word around it ("six
 * meaningful initiatives" is not "six months" even though both say six). The one definition of "the same claim":
 * the invention guard checks the model's words with it, and the coach the draft's own numbers against the notes.
 *
 * @param mention  the number as written, with its value and kind of quantity
 * @param timeUnit the time unit it measures ("day", "week", "month" …) or empty when it counts something else
 * @param context  content-word stems of the words around it in its sentence
 */
public record NumberClaim(NumberMention mention, String timeUnit, Set<String> context) {

    private static final Map<String, String> TIME_UNITS = Map.ofEntries(
            Map.entry("minute", "minute"), Map.entry("minutes", "minute"), Map.entry("hour", "hour"),
            Map.entry("hours", "hour"), Map.entry("day", "day"), Map.entry("days", "day"), Map.entry("week", "week"),
            Map.entry("weeks", "week"), Map.entry("fortnight", "fortnight"), Map.entry("fortnights", "fortnight"),
            Map.entry("month", "month"), Map.entry("months", "month"), Map.entry("quarter", "quarter"),
            Map.entry("quarters", "quarter"), Map.entry("year", "year"), Map.entry("years", "year"));
    /** Words that carry no subject: two claims sharing only these share nothing. */
    private static final Set<String> NO_SUBJECT = Set.of("i", "i'd", "i'm", "i've", "i'll", "my", "me", "we", "our", "us",
            "you", "your", "he", "she", "had", "have", "has", "been", "were", "would", "could", "should", "about",
            "over", "around", "roughly", "approximately", "after", "before", "up", "down", "than", "more", "less",
            "least", "most", "only", "just", "from", "per", "each", "every", "all", "some", "any", "within", "which",
            "who", "what", "when", "where", "while", "also", "now", "once", "so", "then", "by", "single", "one",
            "first", "last", "next", "same", "times", "time", "x", "percent", "cent");
    /**
     * Stems of words that name no subject of their own: "data", "saved", "improved", "team" sit next to numbers of
     * every kind, so "6 data sources" and "6 data engineers", or "saved 40%" of cost and "saved 40%" of a page load,
     * are not the same claim by sharing one of them. Two claims sharing only these are the same claim only when the
     * number's unit says what it measures too: a span of time or an amount of money ("saved 4,000 hours").
     */
    private static final Set<String> GENERIC = Set.of("data", "save", "improv", "reduc", "increas", "cut", "work",
            "team", "process", "project", "result", "impact", "perform", "effici", "help", "made", "got", "us", "built",
            "total", "overal", "new", "good", "big", "better", "faster", "lower", "higher", "thing", "way",
            "compani", "busi", "custom", "user", "peopl", "system", "platform", "product");
    /** How many content words either side of the number count as its subject: the words next to it, not its sentence. */
    private static final int WINDOW = 4;
    /** How far after the number its time unit may stand: "three failed runs a month". */
    private static final int UNIT_REACH = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’]*|\\p{N}+(?:[.,]\\p{N}+)*");
    /** "a single day": one of a time unit, which the number pattern leaves out because "one" is usually a pronoun. */
    private static final Pattern SINGLE = Pattern.compile("(?i)\\b(?:a\\s+)?single[\\s-]+(?:minute|hour|day|week|fortnight|month|quarter|year)s?\\b");
    /** "for over a year", "within a week": a duration of one unit, stated as an article. */
    private static final Pattern ONE_UNIT = Pattern.compile(
            "(?i)\\b(?:over|for|within|nearly|almost|under|than|in)\\s+(?:about\\s+)?an?\\s+(?:minute|hour|day|week|fortnight|month|quarter|year)\\b");

    /** Every number claim in {@code text}, in order of the number mentions. */
    public static List<NumberClaim> findAll(String text) {
        List<Tok> words = words(text);
        List<NumberMention> mentions = new ArrayList<>(NumberMention.findAll(text));
        addOnes(text, SINGLE, mentions);
        addOnes(text, ONE_UNIT, mentions);
        mentions.sort(java.util.Comparator.comparingInt(NumberMention::start));
        List<NumberClaim> out = new ArrayList<>();
        for (NumberMention m : mentions) {
            out.add(new NumberClaim(m, timeUnit(text, words, m), context(text, words, m)));
        }
        return out;
    }

    /**
     * Whether {@code source} states the same claim: same number and kind, same time unit, and a shared subject word
     * that is not {@link #GENERIC} (unless the unit says what is measured).
     * Two plans over the same span of time ("by six months I'd …", "in my first 6 months I'd …") are the same claim
     * even when they plan different things: the span is what they share.
     */
    public boolean supportedBy(NumberClaim source, boolean bothPlans) {
        if (!mention.supportedBy(source.mention) || !timeUnit.equals(source.timeUnit)) {
            return false;
        }
        if (bothPlans && !timeUnit.isEmpty()) {
            return true;
        }
        // a unit that says what is measured (a span of time, money) lets a generic word such as "saved" name the subject
        boolean measured = !timeUnit.isEmpty() || mention.unit() == NumberMention.Unit.CURRENCY;
        for (String c : context) {
            if (source.context.contains(c) && (measured || !GENERIC.contains(c))) {
                return true;
            }
        }
        return false;
    }

    private static void addOnes(String text, Pattern pattern, List<NumberMention> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(new NumberMention(BigDecimal.ONE, NumberMention.Unit.PLAIN, "", m.start(), m.end(), m.group().strip()));
        }
    }

    private record Tok(String lower, int start, int end) {
    }

    private static List<Tok> words(String text) {
        List<Tok> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(new Tok(m.group().toLowerCase(Locale.ROOT).replace('’', '\''), m.start(), m.end()));
        }
        return out;
    }

    /** The time unit within a few words after the number in the same clause, or the one just before it ("month six"). */
    private static String timeUnit(String text, List<Tok> words, NumberMention m) {
        if (m.unit() == NumberMention.Unit.PERCENT) {
            // "70% of the week" is a share of the week, not a span of time
            return "";
        }
        String[] own = m.text().toLowerCase(Locale.ROOT).split("[\\s-]+");
        if (TIME_UNITS.containsKey(own[own.length - 1])) {
            // "a single day", "over a year": the unit is part of the mention
            return TIME_UNITS.get(own[own.length - 1]);
        }
        int seen = 0;
        int previousEnd = m.end();
        for (Tok t : words) {
            if (t.start < m.end()) {
                continue;
            }
            if (seen >= UNIT_REACH || clauseBreak(text, previousEnd, t.start) || Character.isDigit(t.lower.charAt(0))) {
                break;
            }
            String unit = TIME_UNITS.get(t.lower);
            if (unit != null) {
                return unit;
            }
            seen++;
            previousEnd = t.end;
        }
        Tok before = null;
        for (Tok t : words) {
            if (t.end <= m.start()) {
                before = t;
            }
        }
        if (before != null && !clauseBreak(text, before.end, m.start())) {
            String unit = TIME_UNITS.get(before.lower);
            if (unit != null) {
                return unit;
            }
        }
        return "";
    }

    /** A clause mark between two words. A plain scan: it runs for every word near every number. */
    private static boolean clauseBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (",.;:!?()\n".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Content stems of the words within {@link #WINDOW} content words either side of the number, in the same sentence. */
    private static Set<String> context(String text, List<Tok> words, NumberMention m) {
        int first = 0;
        while (first < words.size() && words.get(first).end <= m.start()) {
            first++;
        }
        int after = first;
        while (after < words.size() && words.get(after).start < m.end()) {
            after++;
        }
        Set<String> out = new HashSet<>();
        int previousEnd = m.end();
        int taken = 0;
        for (int i = after; i < words.size() && taken < WINDOW; i++) {
            Tok t = words.get(i);
            if (sentenceBreak(text, previousEnd, t.start)) {
                break;
            }
            taken += add(t.lower, out) ? 1 : 0;
            previousEnd = t.end;
        }
        int nextStart = m.start();
        taken = 0;
        for (int i = first - 1; i >= 0 && taken < WINDOW; i--) {
            Tok t = words.get(i);
            if (sentenceBreak(text, t.end, nextStart)) {
                break;
            }
            taken += add(t.lower, out) ? 1 : 0;
            nextStart = t.start;
        }
        return out;
    }

    /** An end mark between two words, or a line break that does not run on into a lower-case word. */
    private static boolean sentenceBreak(String text, int from, int to) {
        boolean newline = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                return true;
            }
            newline |= c == '\n';
        }
        return newline && !Character.isLowerCase(text.charAt(to));
    }

    /** Adds the word's stem when it carries a subject; says whether it did. */
    private static boolean add(String lower, Set<String> into) {
        if (NO_SUBJECT.contains(lower) || TIME_UNITS.containsKey(lower) || Character.isDigit(lower.charAt(0))) {
            return false;
        }
        String stem = Stems.contentStem(lower);
        if (stem.isEmpty()) {
            return false;
        }
        into.add(stem);
        return true;
    }
}
