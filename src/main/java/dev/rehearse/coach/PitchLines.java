package dev.rehearse.coach;

import dev.rehearse.coach.report.CompanyMention;
import dev.rehearse.coach.report.Concern;
import dev.rehearse.coach.report.SentenceRole;
import dev.rehearse.coach.text.Span;
import java.util.List;

/**
 * The company named in a pitch line ("I'd bring the same rigour to Acme's data foundation") is no tie to it: the line
 * says nothing about what in the company's work the candidate would change, so the tie to the company must come from
 * another sentence.
 */
final class PitchLines {

    static final String RULE = "pitch-line";

    private PitchLines() {
    }

    /** The company mentions outside the sentences that hold a pitch line, in draft order. */
    static List<CompanyMention> outside(List<CompanyMention> mentions, List<Concern> concerns, List<SentenceRole> sentences) {
        List<Span> pitched = concerns.stream().filter(c -> c.rule().equals(RULE)).flatMap(c -> c.spans().stream())
                .flatMap(x -> sentences.stream().map(SentenceRole::span).filter(s -> s.overlaps(x))).toList();
        return mentions.stream().filter(m -> pitched.stream().noneMatch(s -> s.overlaps(m.span()))).toList();
    }
}
