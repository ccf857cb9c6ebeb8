package dev.rehearse.practice;

/**
 * Which attempts a read of the history sees: every attempt, or one company's. The rows saved before attempts
 * carried a company have none, and count as the default company's.
 *
 * @param company         the company's slug, or null for every attempt
 * @param includesUnmarked whether attempts saved without a company count as this company's (it is the default)
 */
public record HistoryScope(String company, boolean includesUnmarked) {

    public static final HistoryScope ALL = new HistoryScope(null, true);

    public static HistoryScope of(String company, boolean isDefault) {
        return company == null ? ALL : new HistoryScope(company, isDefault);
    }

    /** The SQL condition, with {@link #company} as its one parameter when {@link #parameters} says so. */
    String condition() {
        if (company == null) {
            return "1";
        }
        return includesUnmarked ? "(company = ? OR company IS NULL)" : "company = ?";
    }

    int parameters() {
        return company == null ? 0 : 1;
    }
}
