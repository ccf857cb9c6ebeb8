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
 * notes' "Why TheyDo specifically? What stood out to you about us?". The asked question's topic words
 * must be found in the other (typos forgiven, "6" = "six"), and the question word (why, how, what) counts
 * as a topic word because "Why TheyDo?" and "Who is TheyDo?" ask different things about the same name.
 */
public final class QuestionMatch {

    /** Similarity at or above which two questions are the same question. */
    public static final double SAME = 0.5;
    private static final double CONTAINMENT_WEIGHT = 0.7;
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
     * 0–1: mostly the share of the asked question's topic words the other question holds, partly the
     * overlap of both; 0 unless at least two topic words meet (or the asked question has only one).
     */
    public double similarity(String asked, String theirs) {
        List<String> a = topic(asked);
        List<String> t = topic(theirs);
        if (a.isEmpty() || t.isEmpty()) {
            return 0;
        }
        long found = a.stream().filter(w -> t.stream().anyMatch(x -> sameWord(w, x))).count();
        if (found < Math.min(2, a.size())) {
            return 0;
        }
        double containment = (double) found / a.size();
        double jaccard = (double) found / (a.size() + t.size() - found);
        return CONTAINMENT_WEIGHT * containment + (1 - CONTAINMENT_WEIGHT) * jaccard;
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
