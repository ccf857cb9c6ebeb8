package dev.rehearse.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A transcript as the words that were said, each with where it sits and what separates it from the next: fillers
 * and restarts are told apart from ordinary words by their neighbours and by the punctuation the transcriber
 * put around them.
 */
final class SpokenWords {

    /** Letters and digits, with inner apostrophes ("don't", "it's"); a hyphen splits, so "I-" stays "I". */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

    /**
     * @param text  the word in lower case, curly apostrophes made straight
     * @param start its character offset in the transcript
     * @param gap   the characters between it and the next word, or after it when it is the last
     * @param last  whether it is the transcript's last word
     */
    record Word(String text, int start, String gap, boolean last) {

        /** A comma, full stop or other break follows, or nothing does: the word ends a phrase. */
        boolean endsPhrase() {
            return last || gap.strip().matches("[,.;:!?…—–-].*");
        }

        /** Cut off: a dash straight after the word, not joining it to the next as in "real-time". */
        boolean cutOff() {
            String g = gap;
            return g.startsWith("—") || g.startsWith("–") || g.startsWith("--")
                    || g.startsWith("-") && (g.length() == 1 ? last : Character.isWhitespace(g.charAt(1)))
                    || g.matches("\\s+[—–]\\s.*") || g.matches("\\s+--?\\s.*");
        }
    }

    private SpokenWords() {
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int prevStart = -1;
        String prevText = null;
        int prevEnd = 0;
        while (m.find()) {
            if (prevText != null) {
                words.add(new Word(prevText, prevStart, text.substring(prevEnd, m.start()), false));
            }
            prevText = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            prevStart = m.start();
            prevEnd = m.end();
        }
        if (prevText != null) {
            words.add(new Word(prevText, prevStart, text.substring(prevEnd), true));
        }
        return words;
    }
}
