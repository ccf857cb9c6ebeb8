package dev.rehearse.coach.report;

/** The length a question type calls for, in words and in seconds spoken at the coach's rate. */
public record LengthTarget(int minWords, int maxWords, int minSeconds, int maxSeconds, int wordsPerMinute) {

    public static LengthTarget of(int minWords, int maxWords, int wordsPerMinute) {
        return new LengthTarget(minWords, maxWords, seconds(minWords, wordsPerMinute), seconds(maxWords, wordsPerMinute), wordsPerMinute);
    }

    public static int seconds(int words, int wordsPerMinute) {
        return (int) Math.round(words * 60.0 / wordsPerMinute);
    }
}
