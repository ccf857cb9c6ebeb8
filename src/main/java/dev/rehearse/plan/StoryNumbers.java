package dev.rehearse.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The quantities a story states: numerals with what follows them, and number words with the noun they count. */
final class StoryNumbers {

    private static final String NUMERAL = "(?:[$£€]\\s?)?\\d+(?:[.,]\\d+)*\\s?(?:%|[kmb]\\b|x\\b)?(?:\\s[\\p{L}-]+)?";
    private static final Pattern PATTERN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:" + NUMERAL + "|(?:" + String.join("|", SectionFile.load("numbers.txt").lines("number-words"))
                    + ")[\\s-][\\p{L}-]+)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private StoryNumbers() {
    }

    static List<String> in(List<String> sentences) {
        List<String> out = new ArrayList<>();
        for (String s : sentences) {
            Matcher m = PATTERN.matcher(s);
            while (m.find()) {
                String q = m.group().strip();
                if (!out.contains(q)) {
                    out.add(q);
                }
            }
        }
        return out;
    }
}
