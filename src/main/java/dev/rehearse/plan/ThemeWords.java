package dev.rehearse.plan;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The themes a story names in so many words, from {@code plan/theme-words.txt}: the lexical evidence that backs the
 * embedding's reading of a theme. A line of the file is the start of a word, or a phrase of words.
 */
final class ThemeWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    private final Map<Theme, List<String>> starts = new EnumMap<>(Theme.class);

    ThemeWords() {
        SectionFile file = SectionFile.load("theme-words.txt");
        for (Theme theme : Theme.values()) {
            starts.put(theme, file.lines(theme.wireName()).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
        }
    }

    /** The themes one of whose words the sentences use. */
    Set<Theme> named(List<String> sentences) {
        Set<Theme> out = EnumSet.noneOf(Theme.class);
        for (String sentence : sentences) {
            String text = " " + String.join(" ", words(sentence)) + " ";
            for (Map.Entry<Theme, List<String>> e : starts.entrySet()) {
                // a word (or phrase) starts where a word starts: " lead" matches "leading" but not "misleading"
                if (e.getValue().stream().anyMatch(start -> text.contains(" " + start))) {
                    out.add(e.getKey());
                }
            }
        }
        return out;
    }

    private static List<String> words(String sentence) {
        Matcher m = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
