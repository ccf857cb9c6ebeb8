package dev.rehearse.voice;

import dev.rehearse.voice.SpokenWords.Word;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts the fillers of speech in a transcript. "um", "uh" and "er" are always fillers; "like", "you know",
 * "sort of" and "kind of" are ordinary English as often as not, so each is counted only where its neighbours
 * show it carries no meaning: "I like Kafka" and "a kind of index" are not fillers, "it was, like, slow" and
 * "it kind of worked" are.
 */
final class FillerFinder {

    /** The order fillers are reported in: the sounds first, then the words. */
    static final List<String> FILLERS = List.of("um", "uh", "er", "like", "you know", "sort of", "kind of");

    /** How transcribers spell the sounds ("umm", "erm"), mapped to the one name counted. */
    private static final Map<String, String> SOUNDS = Map.of(
            "um", "um", "umm", "um", "ummm", "um", "uh", "uh", "uhh", "uh", "uhm", "um", "er", "er", "erm", "er", "err", "er");

    /** After these "like" is the quotative or a filler ("it was like really slow", "and like we"). */
    private static final Set<String> BEFORE_FILLER_LIKE = Set.of(
            "was", "were", "is", "it's", "i'm", "he's", "she's", "they're", "we're", "and", "so", "but", "um", "uh", "er", "just");

    /** After "was like" these start a comparison ("it was like a fire drill"), not a filler. */
    private static final Set<String> NOUN_STARTS = Set.of("a", "an", "the", "this", "that", "my", "our", "their", "his", "her", "any");

    /** After these "kind of" and "sort of" name a kind of thing ("a kind of index", "what sort of team"). */
    private static final Set<String> DETERMINERS = Set.of(
            "a", "an", "the", "this", "that", "these", "those", "what", "which", "some", "any", "every", "each", "one",
            "another", "same", "other", "no", "my", "our", "their", "his", "her", "its", "your", "right", "wrong", "new",
            "different", "certain", "particular", "whatever", "all", "first", "only", "best", "worst");

    /** After "you know" these start the speaker's own clause again ("you know we moved"), so it asked nothing. */
    private static final Set<String> CLAUSE_STARTS = Set.of(
            "i", "we", "they", "he", "she", "there", "so", "and", "but", "like", "um", "uh", "er", "i'm", "we're",
            "they're", "it's", "there's");

    /** Before "you know" these make it a real question ("do you know", "if you know"). */
    private static final Set<String> QUESTION_STARTS = Set.of(
            "do", "did", "don't", "didn't", "if", "would", "will", "as", "what", "how", "whether", "can");

    private FillerFinder() {
    }

    static List<FillerCount> find(String transcript) {
        List<Word> words = SpokenWords.of(transcript);
        Map<String, List<Integer>> found = new LinkedHashMap<>();
        FILLERS.forEach(f -> found.put(f, new ArrayList<>()));
        for (int i = 0; i < words.size(); i++) {
            String filler = fillerAt(words, i);
            if (filler != null) {
                found.get(filler).add(words.get(i).start());
            }
        }
        List<FillerCount> counts = new ArrayList<>();
        found.forEach((word, positions) -> {
            if (!positions.isEmpty()) {
                counts.add(new FillerCount(word, positions.size(), positions));
            }
        });
        return counts;
    }

    /** The filler that starts at word {@code i}, or null. */
    private static String fillerAt(List<Word> words, int i) {
        Word w = words.get(i);
        String sound = SOUNDS.get(w.text());
        if (sound != null) {
            return sound;
        }
        Word previous = i > 0 ? words.get(i - 1) : null;
        Word next = i + 1 < words.size() ? words.get(i + 1) : null;
        boolean startsPhrase = previous == null || previous.endsPhrase();
        switch (w.text()) {
            case "like" -> {
                return likeIsFiller(w, previous, next, startsPhrase) ? "like" : null;
            }
            case "you" -> {
                if (next != null && next.text().equals("know") && !w.endsPhrase() && youKnowIsFiller(words, i + 1, previous)) {
                    return "you know";
                }
                return null;
            }
            case "kind", "sort" -> {
                if (next != null && next.text().equals("of") && !w.endsPhrase()
                        && (previous == null || startsPhrase || !DETERMINERS.contains(previous.text()))) {
                    return w.text() + " of";
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    private static boolean likeIsFiller(Word like, Word previous, Word next, boolean startsPhrase) {
        // "it was, like, slow" and "like, we had no tests": set apart by commas, it carries nothing
        if (!like.last() && like.endsPhrase()) {
            return true;
        }
        if (previous == null || next == null) {
            return false;
        }
        // "so, like um": a sound straight after it
        if (SOUNDS.containsKey(next.text())) {
            return true;
        }
        // "and like we moved", "it was like really slow"; but "it was like a fire drill" compares
        return !startsPhrase && BEFORE_FILLER_LIKE.contains(previous.text()) && !NOUN_STARTS.contains(next.text());
    }

    private static boolean youKnowIsFiller(List<Word> words, int know, Word beforeYou) {
        Word k = words.get(know);
        boolean question = beforeYou != null && !beforeYou.endsPhrase() && QUESTION_STARTS.contains(beforeYou.text());
        if (question) {
            return false;
        }
        // "..., you know." or "you know, we": set off by punctuation it asks nothing
        if (k.endsPhrase()) {
            return true;
        }
        // "you know we moved" goes on with the speaker's own clause; "you know Kafka" is a real object
        Word after = know + 1 < words.size() ? words.get(know + 1) : null;
        return after != null && CLAUSE_STARTS.contains(after.text());
    }
}
