package dev.rehearse.text;

import java.util.regex.Pattern;

/**
 * Who a sentence speaks about and whether it imagines the future: what decides whose a number is. "I cut it by
 * 90%" claims the figure as the speaker's own; "in my first six months I'd …" plans, and claims nothing done.
 * The invention guard and the coach's number check read sentences the same way through this class.
 */
public final class ClaimVoice {

    /** Sentences that imagine the future ("At TheyDo I'd …") claim no past result, workplace or title. */
    private static final Pattern HYPOTHETICAL = Pattern.compile("(?i)(?<![\\p{L}])(?:i'd|i’d|i\\s+would|i'll|i’ll|i\\s+will|would|if\\s+i)(?![\\p{L}])");
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)(?<![\\p{L}])(?:i|i'm|i’m|i've|i’ve|i'd|i’d|me|my|myself)(?![\\p{L}])");

    private ClaimVoice() {
    }

    /** Whether the sentence speaks about the speaker: "I", "my", "me". */
    public static boolean firstPerson(String sentence) {
        return FIRST_PERSON.matcher(sentence).find();
    }

    /** Whether the sentence imagines rather than reports: "I'd", "I will", "would", "if I". */
    public static boolean hypothetical(String sentence) {
        return HYPOTHETICAL.matcher(sentence).find();
    }
}
