package dev.rehearse.coach.report;

import java.util.List;

/**
 * The shape of the answer against its type's framework.
 *
 * @param framework     the framework looked for (see {@link QuestionReport#framework()})
 * @param headlineFirst whether the first sentence already answers the question
 * @param sentences     every sentence and the parts it shows
 * @param parts         the framework's parts in order
 * @param gaps          what is missing
 */
public record StructureReport(String framework, boolean headlineFirst, List<SentenceRole> sentences,
                              List<PartReport> parts, List<Gap> gaps) {

    public StructureReport {
        sentences = List.copyOf(sentences);
        parts = List.copyOf(parts);
        gaps = List.copyOf(gaps);
    }

    public PartReport part(String name) {
        return parts.stream().filter(p -> p.part().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no part " + name + " in " + framework));
    }
}
