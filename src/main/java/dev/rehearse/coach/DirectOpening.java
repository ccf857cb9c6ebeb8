package dev.rehearse.coach;

import dev.rehearse.coach.report.SentenceRole;
import dev.rehearse.coach.text.RuleFile;
import dev.rehearse.coach.text.Terms;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An answer that opens by naming its subject in a few words and then spends itself on it: "Estimating." or "Saying no
 * to small requests." before the story of a weakness, "Finding out what a vague request needs." before the proof of a
 * strength. That is the headline a coach asks for, though it carries no approach or claim cue and reads, sentence
 * against question, as far from "what is your biggest weakness?" as any other short sentence. An opening of a few
 * words can only be the answer itself ("Early and in writing."), and one that counts what follows ("Two things.") tells
 * the listener what is coming. A longer opening must be taken up by a later sentence, so a slogan the answer never
 * returns to does not count; a preamble ("Good question.", "It depends.") or the question asked back never does.
 */
final class DirectOpening {

    /** An opening this short that is no preamble can only be the answer itself: "Early and in writing.", "Two." */
    static final int TERSE_WORDS = 6;

    /** An opening longer than this is a sentence of the answer, not its headline. */
    static final int MAX_WORDS = 15;

    /** Openings that put off the answer, and openings that count what follows: {@code openings.txt}. */
    private static final RuleFile OPENINGS = RuleFile.load("openings.txt");
    private static final Pattern PREAMBLE = atStart(OPENINGS.lines("preamble"));
    private static final Pattern COUNTED = atStart(OPENINGS.lines("counted"));

    private DirectOpening() {
    }

    /** Whether the first sentence is a short headline that the rest of the answer takes up. */
    static boolean names(List<SentenceRole> roles) {
        if (roles.size() < 2) {
            return false;
        }
        SentenceRole first = roles.get(0);
        String text = first.span().text().strip();
        // an opening that asks something back ("The strength colleagues would mention first?") stalls
        if (first.words() > MAX_WORDS || text.endsWith("?") || PREAMBLE.matcher(text).find()) {
            return false;
        }
        if (COUNTED.matcher(text).find() || first.words() <= TERSE_WORDS) {
            return true;
        }
        Set<String> subject = Terms.content(text, Set.of());
        if (subject.isEmpty()) {
            return false;
        }
        for (SentenceRole later : roles.subList(1, roles.size())) {
            for (String term : Terms.content(later.span().text(), Set.of())) {
                if (subject.contains(term)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One pattern matching any of the alternatives at the start of a sentence, after any punctuation. */
    private static Pattern atStart(List<String> alternatives) {
        return dev.rehearse.text.LinearRegex.compileIgnoringCase("^\\W*(?:" + String.join("|", alternatives) + ")");
    }
}
