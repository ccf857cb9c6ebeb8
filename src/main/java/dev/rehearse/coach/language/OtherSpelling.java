package dev.rehearse.coach.language;

import java.io.IOException;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.en.MorfologikAmericanSpellerRule;

/**
 * American English's dictionary, asked about a word British English calls misspelt: when either variant is
 * right, "optimize" and "color" are spellings, not mistakes.
 */
final class OtherSpelling {

    /** LanguageTool's rule that offers British forms for American ones. */
    static final String BRITISH_REPLACE = "EN_GB_SIMPLE_REPLACE";

    private final MorfologikAmericanSpellerRule american;

    OtherSpelling() throws IOException {
        this.american = new MorfologikAmericanSpellerRule(JLanguageTool.getMessageBundle(), Languages.getLanguageForShortCode("en-US"));
    }

    /** Whether American English spells {@code word} right; the speller is not thread-safe, so one check at a time. */
    synchronized boolean accepts(String word) {
        try {
            return !word.isBlank() && !american.isMisspelled(word);
        } catch (IOException e) {
            return false;
        }
    }
}
