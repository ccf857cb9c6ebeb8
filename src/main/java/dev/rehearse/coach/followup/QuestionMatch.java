package dev.rehearse.coach.followup;

import dev.rehearse.coach.text.Terms;
import dev.rehearse.text.Word;
import dev.rehearse.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether two interview questions ask the same thing though worded differently: "Why TheyDo?" and the
 * notes' "Why TheyDo specifically? What stood out to you about us?". Topic words are compared with typos
 * forgiven and "6" = "six", and the question word (why, how, what) counts as a topic word because "Why
 * TheyDo?" and "Who is TheyDo?" ask different things about the same name.
 */
public final class QuestionMatch {

    /** Similarity at or above which two questions are the same question. */
    public static final double SAME = 0.5;
    private static final Set<String> QUESTION_WORDS = Set.of("why", "how", "what", "who", "when", "where", "which");
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("one", "1"), Map.entry("two", "2"),
            Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"),
            Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"),
            Map.entry("twelve", "12"), Map.entry("ninety", "90"));

    private final Set<String> scaffolding;
    private final Set<String> common;

    /**
     * @param scaffolding words that say how to answer, not what about ("tell", "walk", "specifically")
     * @param common      stems of words too common in the knowledge to tell topics apart
     */
    public QuestionMatch(Set<String> scaffolding, Set<String> common) {
        this.scaffolding = scaffolding;
        this.common = common;
    }

    /**
     * 0–1: the Dice overlap of the two questions' topic words, taken for the best pair of their parts (a
     * question such as "Why TheyDo? What made you apply?" is asked in parts, and one part can be the whole
     * of the other question); 0 unless at least two topic words meet.
     */
    public double similarity(String asked, String theirs) {
        double best = 0;
        for (String a : parts(asked)) {
            for (String t : parts(theirs)) {
                best = Math.max(best, dice(topic(a), topic(t)));
            }
        }
        return best;
    }

    private static double dice(List<String> a, List<String> t) {
        if (a.isEmpty() || t.isEmpty()) {
            return 0;
        }
        long found = a.stream().filter(w -> t.stream().anyMatch(x -> sameWord(w, x))).count();
        return found < 2 ? 0 : 2.0 * found / (a.size() + t.size());
    }

    /** The whole question and, when it asks in several sentences, each of them. */
    private static List<String> parts(String question) {
        List<String> out = new ArrayList<>();
        String q = question == null ? "" : question;
        out.add(q);
        String[] pieces = q.split("(?<=[?.!])\\s+");
        if (pieces.length > 1) {
            out.addAll(List.of(pieces));
        }
        return out;
    }

    /** How many topic words (not counting the question word) the two questions share. */
    public int sharedTopicWords(String asked, String theirs) {
        List<String> t = topic(theirs);
        return (int) topic(asked).stream().filter(w -> !QUESTION_WORDS.contains(w))
                .filter(w -> t.stream().anyMatch(x -> sameWord(w, x))).count();
    }

    public boolean same(String asked, String theirs) {
        return similarity(asked, theirs) >= SAME;
    }

    /** Topic words: the lead question word, then content words that are not answer scaffolding. */
    List<String> topic(String question) {
        List<String> out = new ArrayList<>();
        List<Word> words = Words.of(question == null ? "" : question);
        for (Word w : words) {
            String lower = w.lower();
            if (QUESTION_WORDS.contains(lower)) {
                if (out.stream().noneMatch(QUESTION_WORDS::contains)) {
                    out.add(lower);
                }
                continue;
            }
            lower = NUMBER_WORDS.getOrDefault(lower, lower);
            if (scaffolding.contains(lower)) {
                continue;
            }
            if ((Terms.isContent(Terms.stem(lower), common) || lower.chars().allMatch(Character::isDigit)) && !out.contains(lower)) {
                out.add(lower.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static boolean sameWord(String a, String b) {
        return a.equals(b) || TypoTolerance.same(a, b);
    }
}
