package dev.rehearse.coach.followup;

import dev.rehearse.coach.text.Terms;
import dev.rehearse.knowledge.Passage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one research fact a piece of the candidate's work transfers to: the research sentence that shares
 * the most topic words with the draft. Commentary about the research itself ("this file", "the research
 * does not say", "(notes, line 12)") is never a fact.
 */
public final class CompanyFacts {

    /** Topic words a fact must share with the draft before "how would this carry over" is worth asking. */
    static final int MIN_SHARED = 3;
    private static final int MAX_FACT_CHARS = 160;
    private static final Pattern META = Pattern.compile(
            "(?i)\\bthis (file|page|note|section)\\b|\\bthe research\\b|\\bdoes not say\\b|\\bnot (stated|published|known)\\b"
                    + "|\\bnotes?, lines?\\b|\\bwhy it matters\\b|\\bsources?:|\\bgathered\\b|\\bas of \\d|https?://|\\bwe (could|should)\\b|\\bthe (candidate|interviewer)\\b|\\bexactly that\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\R+");

    /** A research sentence and the draft's topic words it shares. */
    public record Fact(Passage passage, String sentence, List<String> shared) {
    }

    private CompanyFacts() {
    }

    public static Optional<Fact> best(List<Passage> research, String draft, Set<String> alsoCommon) {
        Set<String> draftStems = Terms.content(draft, alsoCommon);
        Fact best = null;
        for (Passage p : research) {
            // wrapped lines are joined first: a Markdown paragraph breaks lines mid-sentence
            String text = p.text().replaceAll("(?<![.!?:])\\R(?!\\s*([-*#>]|\\R))", " ");
            for (String raw : SENTENCE_END.split(text)) {
                String s = raw.strip().replaceFirst("^[-*#>\\s]+", "").replaceAll("\\s+", " ");
                if (s.length() < 20 || !Character.isUpperCase(s.charAt(0)) || s.length() > MAX_FACT_CHARS || META.matcher(s).find() || s.endsWith("?") || s.endsWith(":")) {
                    continue;
                }
                List<String> shared = Terms.content(s, alsoCommon).stream().filter(draftStems::contains).toList();
                if (shared.size() >= MIN_SHARED && (best == null || shared.size() > best.shared().size())) {
                    best = new Fact(p, s.replaceAll("[.!]+$", ""), shared);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether a sentence reads as commentary about the research rather than a fact. */
    public static boolean isMeta(String sentence) {
        return META.matcher(sentence.toLowerCase(Locale.ROOT)).find();
    }
}
