package dev.rehearse.coach.report;

import dev.rehearse.coach.text.Span;
import java.util.List;

/**
 * A spelling or grammar problem found by LanguageTool.
 *
 * @param ruleId      LanguageTool's rule id, e.g. MORFOLOGIK_RULE_EN_GB
 * @param suggestions up to three replacements, best first
 */
public record LanguageIssue(String id, FindingKind kind, Span span, String ruleId, String message,
                            List<String> suggestions) implements Finding {

    public LanguageIssue {
        suggestions = List.copyOf(suggestions);
    }
}
