package dev.rehearse.coach.report;

import dev.rehearse.coach.text.Span;

/**
 * A named system, tool, organisation or term.
 *
 * @param name     the name as written
 * @param category tool, cloud, organisation, term, or name (found by the capitalisation heuristics)
 * @param source   how it was recognised: lexicon, knowledge (a name from the knowledge folder) or heuristic
 */
public record NameFinding(String id, FindingKind kind, Span span, String name, String category, String source,
                          String message) implements Finding {
}
