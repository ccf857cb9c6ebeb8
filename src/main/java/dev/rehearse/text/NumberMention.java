package dev.rehearse.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as written in text, reduced to a value and a unit so that "40%" and "40 percent", "£2m"
 * and "£2 million", "2,000" and "2000" and "two" and "2" compare equal.
 *
 * @param value    the number with any scale word applied (2m → 2000000)
 * @param unit     what kind of quantity it is
 * @param currency the currency sign for {@link Unit#CURRENCY}, else empty
 * @param start    offset of the mention in the text
 * @param end      end offset (exclusive)
 * @param text     the mention as written
 */
public record NumberMention(BigDecimal value, Unit unit, String currency, int start, int end, String text) {

    public enum Unit { PLAIN, PERCENT, TIMES, CURRENCY }

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("hundred", 100), Map.entry("thousand", 1000));

    // "one" is left out on purpose: it is far more often a pronoun ("one of the pipelines") than a count
    private static final String WORD_ALTERNATIVES = String.join("|", WORDS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList());

    private static final Pattern NUMBER = Pattern.compile(
            // not glued to a word or another number: Q4, S3, eu-west-1 and 1.2.3 are names, not amounts
            "(?<![\\p{L}\\p{N}_.,])(?<!\\p{L}-)"
                    + "(?:(?<cur>[£$€])\\s?)?"
                    + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?i:" + WORD_ALTERNATIVES + "))"
                    + "(?:\\s?(?<scale>(?i:k|mn|m|bn|b|thousand|million|billion))(?![\\p{L}\\p{N}]))?"
                    // "three times a month" is a frequency, a plain count of runs; "three times faster" a multiple
                    + "(?:\\s?(?<unit>%|×|(?i:per\\s?cent|percent|x|times(?!\\s+(?:a|an|per|each|every)\\b)|fold))(?![\\p{L}\\p{N}]))?"
                    + "(?![\\p{L}\\p{N}])");

    /** Every number mention in {@code text}, in order. */
    public static List<NumberMention> findAll(String text) {
        List<NumberMention> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            BigDecimal value = parse(m.group("num"));
            String scale = m.group("scale");
            if (scale != null) {
                value = value.multiply(scaleOf(scale));
            }
            String unitText = m.group("unit");
            String cur = m.group("cur");
            Unit unit;
            if (cur != null) {
                unit = Unit.CURRENCY;
            } else if (unitText == null) {
                unit = Unit.PLAIN;
            } else if (unitText.equals("%") || unitText.toLowerCase(Locale.ROOT).startsWith("per")) {
                unit = Unit.PERCENT;
            } else {
                unit = Unit.TIMES;
            }
            out.add(new NumberMention(value.stripTrailingZeros(), unit, cur == null ? "" : cur, m.start(), m.end(), m.group()));
        }
        return out;
    }

    /**
     * Whether a source mention is the same quantity: the same value and the same kind. A plain count is backed only by
     * a plain count ("90" is not "90%", "3" is not "3x"); whether it counts the same thing is the caller's question
     * (see {@link NumberClaim}), as an equal number elsewhere in the notes backs nothing by itself.
     */
    public boolean supportedBy(NumberMention source) {
        if (value.compareTo(source.value) != 0) {
            return false;
        }
        return switch (unit) {
            case PLAIN -> source.unit == Unit.PLAIN;
            case PERCENT, TIMES -> source.unit == unit;
            // "£2m" is backed by "£2m" or by a bare 2,000,000, never by "$2m"
            case CURRENCY -> source.unit == Unit.PLAIN || (source.unit == Unit.CURRENCY && source.currency.equals(currency));
        };
    }

    private static BigDecimal parse(String num) {
        Integer word = WORDS.get(num.toLowerCase(Locale.ROOT));
        if (word != null) {
            return BigDecimal.valueOf(word);
        }
        return new BigDecimal(num.replace(",", ""));
    }

    private static BigDecimal scaleOf(String scale) {
        return switch (scale.toLowerCase(Locale.ROOT)) {
            case "k", "thousand" -> BigDecimal.valueOf(1_000);
            case "m", "mn", "million" -> BigDecimal.valueOf(1_000_000);
            default -> BigDecimal.valueOf(1_000_000_000);
        };
    }
}
