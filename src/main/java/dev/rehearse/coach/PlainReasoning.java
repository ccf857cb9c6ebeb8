package dev.rehearse.coach;

import dev.rehearse.coach.report.Concern;
import dev.rehearse.coach.report.PhraseFinding;
import dev.rehearse.coach.report.SentenceRole;
import dev.rehearse.coach.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reasoning, and the lack of it, said without the rubric's words (Credibility): choices given with their reasons in
 * plain sentences, and an answer hedged so throughout that it takes no position.
 */
final class PlainReasoning {

    /** This many sentences that each say what the candidate does and why show reasoning without its named words. */
    static final int REASONED_CHOICES = 2;
    /** An answer with this many hedges, at this many per 100 words, takes no position. */
    private static final int HEDGED_THROUGHOUT = 4;
    private static final double HEDGED_PER_100 = 2.5;
    /** Why, said in the same sentence as the choice: "because", "so that", "otherwise", "which means", "so nobody …", "so by month six …". */
    private static final Pattern WHY = Pattern.compile(
            "(?i)\\b(because|so that|since|which means|otherwise|that way|in case|so (?:i|we|it|they|the|a|nobody|no one|any|each|every|by|within|after))\\b");

    private PlainReasoning() {
    }

    /**
     * The sentences that give a choice of the candidate's and its reason in one breath ("I keep the raw file, because a
     * bad day can then be rebuilt"). A sentence holding a concern's span (a slogan, a sweeping claim, praise) does not
     * count: "I always follow best practices because quality matters" gives no reason.
     *
     * @return the ids of those sentences, in order
     */
    static List<String> reasonedChoices(List<SentenceRole> sentences, List<Concern> concerns) {
        List<Span> surface = concerns.stream().flatMap(c -> c.spans().stream()).toList();
        List<String> out = new ArrayList<>();
        for (SentenceRole s : sentences) {
            String text = s.span().text();
            boolean clean = surface.stream().noneMatch(x -> x.overlaps(s.span()));
            if (clean && OwnWork.I.matcher(text).find() && WHY.matcher(text).find()) {
                out.add(s.id());
            }
        }
        return out;
    }

    /**
     * Whether the answer is hedged throughout: a hedge or two is honest, but this many takes no position an interviewer
     * could weigh, which costs more than the delivery point that says how it sounds.
     */
    static boolean hedgedThroughout(List<PhraseFinding> hedges, int words) {
        return hedges.size() >= HEDGED_THROUGHOUT && hedges.size() * 100.0 / Math.max(1, words) >= HEDGED_PER_100;
    }
}
