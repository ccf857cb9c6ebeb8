package dev.rehearse.coach;

import dev.rehearse.coach.report.Concern;
import dev.rehearse.coach.report.Evidence;
import dev.rehearse.coach.text.Span;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An answer made of surface (praise, buzzwords, stock phrases, sweeping claims, qualities claimed rather than shown,
 * a story's framework labels read out over parts that say nothing)
 * with nothing an interviewer could check behind it: no measure, no before → after change, no trade-off or constraint
 * weighed. Such an answer fits any candidate and any
 * company, so however fluent it reads it stays "developing" at best. The signals alone cost points; this cap is for
 * the answer that has nothing else, so one stray "amazing" in a specific answer costs a point and no more.
 */
final class SurfaceCap {

    static final double CAP = 2.5;
    /** This many different surface signals in one answer cap it even with a constraint or trade-off word in it. */
    private static final int SURFACE_KINDS = 2;
    private static final Set<String> SURFACE = Set.of("flattery", "buzzwords", "cliches", "stock-questions", "abstractions", "sweeping",
            "framework-labels");

    private SurfaceCap() {
    }

    /**
     * The surface concern the cap rests on, when the answer has nothing checkable. A figure the draft repeats from the
     * question ("in my first six months" to "your first six months?") is no measure already (see NumberExtractor). A
     * trade-off or constraint word said inside the slogans ("move fast without breaking things, a single source of
     * truth") is part of the slogan, not a constraint weighed: reasoning counts only in a sentence free of surface.
     *
     * @param sentences the draft's sentences, to tell which reasoning sits among the surface phrases
     */
    static Optional<Concern> of(List<Concern> concerns, Evidence evidence, List<Span> sentences) {
        List<Concern> surface = concerns.stream().filter(c -> SURFACE.contains(c.rule())).toList();
        if (surface.isEmpty()) {
            return Optional.empty();
        }
        List<Span> slogans = surface.stream().flatMap(c -> c.spans().stream()).toList();
        // a figure said inside the praise ("the 70% focus time is the best approach I've come across") is part of it,
        // not a measure of the candidate's: only a figure or a change in a sentence free of surface is checkable
        if (evidence.quantities().stream().anyMatch(q -> outsideSurface(q.span(), sentences, slogans))
                || evidence.changes().stream().anyMatch(c -> outsideSurface(c.span(), sentences, slogans))) {
            return Optional.empty();
        }
        // two kinds of surface at once (slogans and sweeping claims, say) outweigh a stray reasoning word among them
        if (surface.stream().map(Concern::rule).distinct().count() >= SURFACE_KINDS) {
            return Optional.of(surface.get(0));
        }
        boolean weighed = evidence.reasoning().stream().anyMatch(r -> outsideSurface(r.span(), sentences, slogans));
        return weighed ? Optional.empty() : Optional.of(surface.get(0));
    }

    /** Whether the sentence holding {@code span} is free of every surface phrase. */
    private static boolean outsideSurface(Span span, List<Span> sentences, List<Span> slogans) {
        Span sentence = sentences.stream().filter(s -> s.start() <= span.start() && span.end() <= s.end())
                .findFirst().orElse(span);
        return slogans.stream().noneMatch(x -> x.overlaps(sentence));
    }

    static String reason(Concern c) {
        return String.format(java.util.Locale.ROOT, "Overall capped at %.1f: %s Nothing in it can be checked: no measure, no change, no trade-off.",
                CAP, c.message());
    }
}
