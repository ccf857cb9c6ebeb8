package dev.rehearse.llm.guard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence as the guard weighs it: whether it speaks about the candidate ("I", "my"), whether it imagines
 * the future, and the names in it (lower case), which tell whose fact a figure is.
 */
record Sentence(int start, int end, String text, boolean firstPerson, boolean hypothetical, Set<String> names) {

    /** An end mark, or a line break that does not run on into a lower-case word (notes wrap long lines). */
    private static final Pattern END = Pattern.compile("[.!?]+[\"'’”)]*(?=\\s|$)|\\n(?![ \\t]*\\p{Ll})");

    static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = END.matcher(text);
        int start = 0;
        while (m.find()) {
            add(text, start, m.end(), out);
            start = m.end();
        }
        add(text, start, text.length(), out);
        return out;
    }

    /** The sentence that holds offset {@code at}. */
    static Sentence at(List<Sentence> sentences, int at) {
        for (Sentence s : sentences) {
            if (at >= s.start && at < s.end) {
                return s;
            }
        }
        return sentences.get(sentences.size() - 1);
    }

    private static void add(String text, int start, int end, List<Sentence> into) {
        String s = text.substring(start, end);
        if (s.isBlank()) {
            return;
        }
        into.add(new Sentence(start, end, s, RoleClaims.firstPerson(s), RoleClaims.hypothetical(s), names(s)));
    }

    /** Name-shaped words: an inner or all capitals (TheyDo, KPI), or a capital away from the sentence start. */
    private static Set<String> names(String s) {
        Set<String> out = new HashSet<>();
        for (Words.Token t : Words.tokens(s)) {
            String w = t.text();
            if (w.equals("I") || w.startsWith("I'") || w.startsWith("I’") || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            boolean inner = w.chars().skip(1).anyMatch(Character::isUpperCase);
            if (inner || (!t.sentenceStart() && Character.isUpperCase(w.charAt(0)))) {
                out.add(t.lower());
            }
        }
        return out;
    }
}
