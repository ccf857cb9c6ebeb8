package dev.rehearse.coach.language;

/**
 * The part of a draft LanguageTool is given, so one request cannot hold it for minutes. Its English chunker takes
 * time that grows with the square of a sentence's tokens (a 20,000-character run of emoji took over a minute, on a
 * draft the API accepts), and some text costs milliseconds a token ("a, a, a, …"). A spoken answer has sentences
 * of a few hundred characters and runs to a few thousand, so LanguageTool gets sentences up to {@link #MAX_RUN}
 * characters, {@link #MAX_TOTAL} characters of them at most; the rest is blanked out with spaces (the same length, so every
 * offset still points into the draft) and is not checked, which the report says.
 */
final class CheckedText {

    /** About a hundred words: five times a long spoken sentence. */
    static final int MAX_RUN = 600;
    /** About a thousand words: three times a long answer. */
    static final int MAX_TOTAL = 6_000;

    /**
     * @param text    what LanguageTool checks
     * @param skipped what was left out, for the report ("" when nothing was)
     */
    record Part(String text, String skipped) {
    }

    private CheckedText() {
    }

    static Part of(String view) {
        StringBuilder out = null;
        int longRuns = 0;
        boolean cut = false;
        int given = 0;
        int start = 0;
        int n = view.length();
        for (int i = 0; i <= n; i++) {
            if (i < n && !ends(view, i)) {
                continue;
            }
            int end = i == n ? n : i + 1;
            boolean tooLong = end - start > MAX_RUN;
            // once a sentence does not fit in what is left, none after it is checked either
            boolean beyond = !tooLong && (cut || given + (end - start) > MAX_TOTAL) && !view.substring(start, end).isBlank();
            if (!tooLong && !beyond) {
                given += end - start;
            }
            if (tooLong || beyond) {
                if (out == null) {
                    out = new StringBuilder(view);
                }
                for (int j = start; j < end; j++) {
                    out.setCharAt(j, ' ');
                }
                if (beyond) {
                    cut = true;
                } else {
                    longRuns++;
                }
            }
            start = end;
        }
        String skipped = (longRuns == 0 ? "" : longRuns + (longRuns == 1 ? " sentence" : " sentences") + " of over " + MAX_RUN
                + " characters not checked") + (longRuns > 0 && cut ? "; " : "")
                + (cut ? "checked the first " + MAX_TOTAL + " characters of sentences" : "");
        return new Part(out == null ? view : out.toString(), skipped);
    }

    /** A sentence end LanguageTool also splits at: end punctuation before a space, or a line break. */
    private static boolean ends(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
            return true;
        }
        return (c == '.' || c == '!' || c == '?' || c == '…') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1));
    }
}
