package dev.rehearse.coach.text;

/**
 * A stretch of the draft: [start, end) offsets in UTF-16 code units (Java and JavaScript string
 * indices, so the page can slice the draft with them directly) and the quoted text.
 */
public record Span(int start, int end, String text) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
    }

    public static Span of(String source, int start, int end) {
        return new Span(start, end, source.substring(start, end));
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean covers(int from, int to) {
        return start <= from && to <= end;
    }

    public int length() {
        return end - start;
    }
}
