package dev.rehearse.coach.report;

import java.util.List;

/**
 * Spelling and grammar.
 *
 * @param status  checked, or skipped (then {@code reason} says why and {@code issues} is empty)
 * @param reason  why the check was skipped; when it ran, empty or what of the draft it left out
 * @param variant the English checked against, "en-GB" or "en-US"
 * @param issues  what LanguageTool found, names from the knowledge folder excepted
 */
public record LanguageReport(LanguageStatus status, String reason, String variant, List<LanguageIssue> issues) {

    public LanguageReport {
        issues = List.copyOf(issues);
        reason = reason == null ? "" : reason;
    }

    public static LanguageReport skipped(String variant, String reason) {
        return new LanguageReport(LanguageStatus.SKIPPED, reason, variant, List.of());
    }

    public long count(FindingKind kind) {
        return issues.stream().filter(i -> i.kind() == kind).count();
    }
}
