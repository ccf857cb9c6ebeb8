package dev.rehearse.coach;

import dev.rehearse.coach.report.FindingKind;
import dev.rehearse.coach.report.NumberFinding;
import dev.rehearse.coach.report.QuestionType;
import dev.rehearse.text.Word;
import dev.rehearse.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Numbers in the draft and the units that follow them. */
final class NumberExtractor {

    private static final String NUMERAL =
            "(?:[$£€]\\s?)?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

    /** A word straight after a numeral: what it counts, unless it is a function word ("3 of them", "2 to 4"). */
    private static final Pattern COUNTED_NOUN = Pattern.compile("[ \\t]+(\\p{Ll}[\\p{Ll}-]{2,})(?![\\p{L}\\p{N}])");
    private static final Set<String> FUNCTION_WORDS = Set.of("and", "the", "for", "but", "nor", "yet", "from", "into",
            "onto", "over", "under", "with", "without", "than", "then", "that", "this", "these", "those", "which", "who",
            "whom", "whose", "when", "where", "while", "was", "were", "are", "has", "had", "have", "been", "being", "did",
            "does", "out", "off", "per", "via", "after", "before", "since", "until", "till", "between", "among", "across",
            "through", "about", "around", "against", "more", "less", "fewer", "most", "least", "all", "both", "each",
            "other", "others", "our", "their", "its", "his", "her", "your", "you", "they", "them", "she", "not", "any",
            "some", "such", "only", "just", "also", "even", "still", "again", "down", "went", "got", "became", "because",
            "times", "inside", "within", "upon", "onwards", "and-a-half");
    /** Between the two numbers of a range: "from 40 to 2", "3-5", "3–5", "between 2 and 4". */
    private static final Pattern RANGE = Pattern.compile("\\s*(?:to|-|–|—|and|or)\\s*", Pattern.CASE_INSENSITIVE);

    private final Pattern numbers;

    NumberExtractor(CoachRules rules) {
        String unit = unitRegex(rules.units);
        String words = alternation(rules.numberWords);
        this.numbers = Pattern.compile(
                "(?<![\\p{L}\\p{N}.,])(?<value>" + NUMERAL + ")(?:\\s?(?<unit>" + unit + "))?(?![\\p{L}\\p{N}])"
                        + "|(?<![\\p{L}\\p{N}])(?<word>" + words + ")\\s+(?<wordUnit>" + unit + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The regex of a quantity, for change patterns: a numeral with an optional unit, or a number word and a unit. */
    static String quantityRegex(List<String> units, List<String> numberWords) {
        String unit = unitRegex(units);
        // a numeral starts where a number starts: without the look-behind, a long run of digits is tried from
        // every digit in it, each try backtracking through the rest, and a 20,000-digit draft took minutes
        return "(?:(?<![\\p{N}.,])" + NUMERAL + "(?:\\s?(?:" + unit + "))?(?![\\p{L}\\p{N}])|(?:" + alternation(numberWords) + ")\\s+(?:" + unit + ")(?![\\p{L}\\p{N}]))";
    }

    List<NumberFinding> find(AnalysisContext ctx) {
        String text = ctx.text();
        List<Raw> raw = new ArrayList<>();
        Matcher m = numbers.matcher(text);
        while (m.find()) {
            boolean numeral = m.group("value") != null;
            String value = numeral ? m.group("value") : m.group("word");
            String unit = numeral ? m.group("unit") : m.group("wordUnit");
            int end = m.end();
            if (numeral && unit == null && !YEAR.matcher(value).matches()) {
                // "2 failures", "40 engineers": the noun after a numeral says what it counts
                Matcher noun = COUNTED_NOUN.matcher(text).region(end, Math.min(text.length(), end + 40));
                if (noun.lookingAt() && !FUNCTION_WORDS.contains(noun.group(1).toLowerCase(Locale.ROOT))) {
                    unit = noun.group(1);
                    end = noun.end();
                }
            }
            raw.add(new Raw(value, unit == null ? "" : unit, numeral, m.start(), end));
        }
        List<NumberFinding> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Raw r = raw.get(i);
            String unit = r.unit;
            if (unit.isEmpty() && i + 1 < raw.size() && isRange(text.substring(r.end, raw.get(i + 1).start))) {
                // "from 40 to 2 failures", "3–5 days": the first number of a range counts what the second counts
                unit = raw.get(i + 1).unit;
            }
            boolean year = r.numeral && unit.isEmpty() && YEAR.matcher(r.value).matches();
            // "Type 2 keeps history", "step 3", "tier 1 support": a number after a label names which one, it measures nothing
            Matcher before = LABEL_BEFORE.matcher(text.substring(Math.max(0, r.start - 24), r.start));
            boolean label = r.numeral && before.find();
            boolean quantity = !label && (!unit.isEmpty() || r.value.matches("^[$£€].*"));
            String said = text.substring(r.start, r.end).strip();
            boolean echo = quantity && echoesQuestion(ctx.question, said);
            boolean frame = quantity && !echo && ctx.profile != null && ctx.profile.type() == QuestionType.FIRST_MONTHS
                    && PLAN_TIME.matcher(unit).matches();
            String message;
            if (echo) {
                message = "The question's own figure (" + said + "): it frames the answer but measures nothing of yours.";
            } else if (frame) {
                message = "The plan's time frame (" + said + "): it says when, not what, so it is no evidence.";
            } else if (label) {
                message = "A label (" + before.group(1) + " " + r.value + "): it names which one, it measures nothing.";
            } else if (year) {
                message = "A year: it dates the story but measures nothing.";
            } else if (quantity) {
                message = "A measure: " + said + (unit.equals(r.unit) ? "" : " " + unit) + ".";
            } else {
                message = "A number without a unit: say what it counts.";
            }
            out.add(new NumberFinding(ctx.ids.next(FindingKind.NUMBER), FindingKind.NUMBER, ctx.span(r.start, r.end),
                    r.value, unit, quantity && !year && !echo && !frame, message));
        }
        return out;
    }

    /** The word before a numeral that makes it a label: "type 2", "step 3", "tier 1", "version 2". */
    private static final Pattern LABEL_BEFORE = Pattern.compile(
            "(?i)\\b(type|step|phase|tier|level|version|v|option|layer|stage|round|part|section|rule|priority|p|sev|severity|gen|no\\.|number)\\s?$");

    /** The units of a plan's milestones ("the first 30 days", "by month three"): when, not what. */
    private static final Pattern PLAN_TIME = Pattern.compile("(?i)(days?|weeks?|months?|quarters?)");

    /**
     * Whether the question already says this figure: "six months" in an answer to "picture yourself six months into
     * this job" restates the question's frame, which is no evidence of the candidate's work.
     */
    static boolean echoesQuestion(String question, String figure) {
        if (question == null || question.isBlank()) {
            return false;
        }
        String q = " " + wordsOf(question) + " ";
        String f = wordsOf(figure);
        return !f.isEmpty() && q.contains(" " + f + " ");
    }

    private static String wordsOf(String text) {
        return Words.of(text).stream().map(Word::lower).collect(Collectors.joining(" "));
    }

    /** Whether the text between two numbers joins them into a range: "40 to 2", "3–5", "between 2 and 4". */
    static boolean isRange(String between) {
        return RANGE.matcher(between).matches();
    }

    /** A number as matched, before a range lends its unit to its first number. */
    private record Raw(String value, String unit, boolean numeral, int start, int end) {
    }

    /** Units longest first, so "per cent" wins over "per". */
    private static String unitRegex(List<String> units) {
        List<String> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return alternation(sorted);
    }

    private static String alternation(List<String> items) {
        List<String> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<String> quoted = new ArrayList<>();
        for (String s : sorted) {
            quoted.add(Pattern.quote(s).replace(" ", "\\E\\s+\\Q"));
        }
        return String.join("|", quoted);
    }
}
