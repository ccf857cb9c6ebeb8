package dev.rehearse.knowledge;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fact-line syntax of research files: a list item whose statement ends in
 * {@code (date; source)}, e.g. {@code - Re-sending a support log is a no-op. (2026-11; github theydo/x)}.
 * Inside a {@code facts} fenced block the list mark may be left out.
 */
public final class FactLine {

    /** The date is a year, optionally with month and day or a quarter: 2025, 2026-11, 2025-09-11, 2025-Q4. */
    private static final Pattern LINE = Pattern.compile(
            "^\\s*(?:[-*+]\\s+)?(?<text>\\S.*?)\\s*\\((?<date>\\d{4}(?:-(?:Q[1-4]|\\d{1,2}))?(?:-\\d{1,2})?);\\s*(?<origin>[^;]+?)\\)\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*[-*+]\\s+\\S.*");

    /** A parsed fact line: the statement, its date and its source. */
    public record Parsed(String statement, String date, String origin) {
    }

    private FactLine() {
    }

    /**
     * The fact on {@code line}, if the line is one. Outside a facts block only list items count, so a
     * prose sentence that happens to end in a parenthesis is never mistaken for a fact.
     */
    public static Optional<Parsed> parse(String line, boolean inFactsBlock) {
        if (!inFactsBlock && !LIST_ITEM.matcher(line).matches()) {
            return Optional.empty();
        }
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String statement = m.group("text").replace("**", "").replace("`", "").strip();
        return statement.isEmpty() ? Optional.empty() : Optional.of(new Parsed(statement, m.group("date"), m.group("origin").strip()));
    }
}
