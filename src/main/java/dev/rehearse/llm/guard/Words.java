package dev.rehearse.llm.guard;

import dev.rehearse.text.Stems;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word tokens as the guard sees them: names keep their inner dots and hyphens (bol.com, eu-west-1). */
final class Words {

    private static final Pattern WORD = Pattern.compile(
            "[\\p{L}\\p{N}][\\p{L}\\p{N}]*(?:[.'’\\-&+][\\p{L}\\p{N}]+)*");
    /** What may stand between the end of one sentence and the next word: the end mark, quotes, brackets, space. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?:;\\n][\\s\"'’”)\\]*•-]*$");

    record Token(String text, int start, int end, boolean sentenceStart) {
        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    private Words() {
    }

    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int lastEnd = 0;
        boolean first = true;
        while (m.find()) {
            String word = stripPossessive(m.group());
            String between = text.substring(lastEnd, m.start());
            boolean sentenceStart = first || SENTENCE_BREAK.matcher(between).find();
            out.add(new Token(word, m.start(), m.start() + word.length(), sentenceStart));
            lastEnd = m.end();
            first = false;
        }
        return out;
    }

    static String stripPossessive(String word) {
        if (word.endsWith("'s") || word.endsWith("’s")) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }

    /** The word's stem, so "reducing" and "reduced" meet: the project's one stemmer. */
    static String stem(String lower) {
        return Stems.of(lower);
    }
}
