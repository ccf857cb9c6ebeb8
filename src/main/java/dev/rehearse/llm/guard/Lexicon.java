package dev.rehearse.llm.guard;

import java.util.List;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.tagging.en.EnglishTagger;

/**
 * English word classes from LanguageTool's offline part-of-speech dictionary. At the start of a
 * sentence a capital proves nothing, so the guard asks here whether "Queries" is an ordinary word
 * and whether "October" is a proper noun. The dictionary loads once, in about 0.2 s.
 */
final class Lexicon {

    private static final class Holder {
        static final EnglishTagger TAGGER = new EnglishTagger();
    }

    private Lexicon() {
    }

    /** Whether the dictionary knows {@code word}, as written, as a proper noun. */
    static boolean isProperNoun(String word) {
        return tags(word).stream().anyMatch(t -> t != null && t.startsWith("NNP"));
    }

    /** Whether the dictionary knows the lower-case {@code word} at all. */
    static boolean isKnownWord(String lower) {
        return tags(lower).stream().anyMatch(t -> t != null);
    }

    private static synchronized List<String> tags(String word) {
        List<AnalyzedTokenReadings> readings = Holder.TAGGER.tag(List.of(word));
        return readings.isEmpty() ? List.of()
                : readings.get(0).getReadings().stream().map(AnalyzedToken::getPOSTag).toList();
    }
}
