package dev.rehearse.coach;

import dev.rehearse.coach.report.FindingKind;
import dev.rehearse.coach.report.NumberFinding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers in the draft and the units that follow them. */
final class NumberExtractor {

    private static final String NUMERAL =
            "(?:[$£€]\\s?)?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

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
        List<NumberFinding> out = new ArrayList<>();
        Matcher m = numbers.matcher(ctx.text());
        while (m.find()) {
            boolean numeral = m.group("value") != null;
            String value = numeral ? m.group("value") : m.group("word");
            String unit = numeral ? m.group("unit") : m.group("wordUnit");
            unit = unit == null ? "" : unit;
            boolean year = numeral && unit.isEmpty() && YEAR.matcher(value).matches();
            boolean quantity = !unit.isEmpty() || value.matches("^[$£€].*");
            String message;
            if (year) {
                message = "A year: it dates the story but measures nothing.";
            } else if (quantity) {
                message = "A measure: " + m.group().strip() + ".";
            } else {
                message = "A number without a unit: say what it counts.";
            }
            out.add(new NumberFinding(ctx.ids.next(FindingKind.NUMBER), FindingKind.NUMBER, ctx.span(m.start(), m.end()),
                    value, unit, quantity && !year, message));
        }
        return out;
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
