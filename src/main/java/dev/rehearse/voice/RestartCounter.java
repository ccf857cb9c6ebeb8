package dev.rehearse.voice;

import dev.rehearse.voice.SpokenWords.Word;
import java.util.List;
import java.util.Set;

/**
 * Counts the places where the speaker started again: a word cut off by a dash ("I— I think", "we- I rebuilt it"),
 * a word said twice ("the the"), or two words said twice ("I think I think"). Each break counts once, however it
 * shows.
 */
final class RestartCounter {

    /** Said twice on purpose: "I knew that that was wrong", "we had had", "very very slow". */
    private static final Set<String> DOUBLED_ON_PURPOSE = Set.of("that", "had", "very", "really", "so", "bye", "no");

    private RestartCounter() {
    }

    static int count(String transcript) {
        return count(SpokenWords.of(transcript));
    }

    static int count(List<Word> words) {
        int restarts = 0;
        for (int i = 1; i < words.size(); i++) {
            if (restartBefore(words, i)) {
                restarts++;
            }
        }
        return restarts;
    }

    /** Whether the speaker broke off and started again between word {@code i - 1} and word {@code i}. */
    private static boolean restartBefore(List<Word> words, int i) {
        Word previous = words.get(i - 1);
        Word current = words.get(i);
        if (previous.cutOff()) {
            return true;
        }
        boolean sameWord = current.text().equals(previous.text()) && !DOUBLED_ON_PURPOSE.contains(current.text())
                && !isNumber(current.text()) && !previous.endsPhrase();
        if (sameWord) {
            return true;
        }
        // "I think I think": the pair again, straight after itself
        if (i >= 2 && i + 1 < words.size()) {
            Word first = words.get(i - 2);
            Word second = words.get(i + 1);
            return first.text().equals(current.text()) && previous.text().equals(second.text())
                    && !first.text().equals(previous.text()) && !previous.endsPhrase();
        }
        return false;
    }

    private static boolean isNumber(String word) {
        return word.chars().allMatch(Character::isDigit);
    }
}
