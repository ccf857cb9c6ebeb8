package dev.rehearse.coach;

import dev.rehearse.coach.report.SentenceRole;
import dev.rehearse.text.LinearRegex;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A textbook recital: sentence after sentence defining terms ("At-least-once means…", "Type 2 adds a new row…") or
 * prescribing rules for nobody in particular ("The checks should be automated", "It's important to assign owners"),
 * with the candidate nowhere in it. However correct, it answers "what does the book say", not "what would you do and
 * why", and an interviewer asking for judgement hears none. Asked for in plain words, the same facts told as the
 * candidate's choice ("I keep the old value with the dates it was true") are not definitions.
 */
final class Definitions {

    static final String CAP_REASON = "Overall capped at 2.5: a textbook recital, terms defined and rules prescribed with you "
            + "nowhere in it: say which you would choose, when, and why.";

    /** This many defining sentences make a recital. */
    static final int RECITAL = 3;

    /** A sentence that opens on a term and defines it: "X means", "Type 1 overwrites", "A fact table is a…". */
    private static final Pattern DEFINES = LinearRegex.compileIgnoringCase(
            "^\\s*(?:(?:type|level|option|step) (?:\\d+|one|two|three|four)|[\\w\"'’-]+(?: [\\w\"'’-]+){0,4}) "
                    + "(?:means|refers to|(?:is|are) (?:a|an|the|when|where|what|about)|describes|defines|keeps|overwrites|adds"
                    + "|stores|guarantees|ensures|happens when|occurs when)\\b");

    /** An impersonal rule: "The checks should be automated", "It's also important to define SLAs", "A good framework covers…". */
    private static final Pattern PRESCRIBES = LinearRegex.compileIgnoringCase(
            "^\\s*(?:[\\w\"'’-]+(?: [\\w\"'’-]+){0,5}) should (?:be|run|raise|live|go|have|include|cover|always|never)\\b"
                    + "|\\bit['’]?s (?:also )?(?:important|essential|key|crucial|vital|critical|good practice) to\\b"
                    + "|\\b(?:a|every|any) good [\\w ]{0,30}\\b(?:covers|has|includes|should)\\b");

    private Definitions() {
    }

    /** How many of the sentences define a term or prescribe a rule for nobody in particular. */
    static long count(List<SentenceRole> sentences) {
        return sentences.stream().map(s -> s.span().text())
                .filter(t -> DEFINES.matcher(t).find() || PRESCRIBES.matcher(t).find()).count();
    }
}
