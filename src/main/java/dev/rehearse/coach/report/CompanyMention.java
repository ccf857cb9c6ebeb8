package dev.rehearse.coach.report;

import dev.rehearse.coach.text.Span;

/**
 * Where the draft names the company or touches one of its themes.
 *
 * @param theme the company theme touched ("customer journeys"), or "" when the company itself is named
 */
public record CompanyMention(String id, FindingKind kind, Span span, String theme, String message) implements Finding {

    public boolean namesCompany() {
        return theme.isEmpty();
    }
}
