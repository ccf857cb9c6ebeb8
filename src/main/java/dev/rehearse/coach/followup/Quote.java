package dev.rehearse.coach.followup;

/**
 * The words of a draft around a trigger, short enough to read back to the candidate ("You said
 * '…'"): within the trigger's sentence, cut at word boundaries, with an ellipsis where it was cut. The
 * quote minus its ellipses is always a verbatim piece of the draft.
 */
public final class Quote {

    public static final String CUT = "…";
    static final int MAX_CHARS = 90;

    private Quote() {
    }

    /** The text around [start, end) of {@code text}, inside its sentence, at most about {@link #MAX_CHARS} characters. */
    public static String around(String text, int start, int end) {
        int from = sentenceStart(text, start);
        int to = sentenceEnd(text, end);
        boolean cutLeft = false;
        boolean cutRight = false;
        while (to - from > MAX_CHARS) {
            // drop a word from the side with more room, never the trigger itself
            boolean left = start - from > to - end;
            if (left) {
                int next = text.indexOf(' ', from + 1);
                if (next < 0 || next >= start) {
                    break;
                }
                from = next + 1;
                cutLeft = true;
            } else {
                int prev = text.lastIndexOf(' ', to - 2);
                if (prev < end) {
                    break;
                }
                to = prev;
                cutRight = true;
            }
        }
        String q = text.substring(from, to).strip().replaceAll("\\s+", " ").replaceAll("[.!?,;:]+$", "");
        return (cutLeft ? CUT : "") + q + (cutRight ? " " + CUT : "");
    }

    /** The text of a quote as it stands in the draft: ellipses and the spacing around them removed. */
    public static String verbatim(String quote) {
        return quote.replace(" " + CUT, "").replace(CUT, "").strip();
    }

    private static int sentenceStart(String text, int at) {
        for (int i = at - 1; i > 0; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && Character.isWhitespace(text.charAt(Math.min(i + 1, text.length() - 1)))) {
                int s = i + 1;
                while (s < at && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                return s;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return i;
            }
        }
        return text.length();
    }
}
