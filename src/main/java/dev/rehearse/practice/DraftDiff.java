package dev.rehearse.practice;

import dev.rehearse.text.Words;
import java.util.List;

/** A word diff between an older and a newer draft: segments in reading order. */
public record DraftDiff(List<DiffSegment> segments) {

    public DraftDiff {
        segments = List.copyOf(segments);
    }

    /** The older draft: equal and deleted segments. */
    public String before() {
        return join(DiffSegment.Kind.DELETED);
    }

    /** The newer draft: equal and inserted segments. */
    public String after() {
        return join(DiffSegment.Kind.INSERTED);
    }

    public int insertedWords() {
        return words(DiffSegment.Kind.INSERTED);
    }

    public int deletedWords() {
        return words(DiffSegment.Kind.DELETED);
    }

    public boolean identical() {
        return segments.stream().allMatch(s -> s.kind() == DiffSegment.Kind.EQUAL);
    }

    private String join(DiffSegment.Kind changed) {
        StringBuilder sb = new StringBuilder();
        for (DiffSegment s : segments) {
            if (s.kind() == DiffSegment.Kind.EQUAL || s.kind() == changed) {
                sb.append(s.text());
            }
        }
        return sb.toString();
    }

    private int words(DiffSegment.Kind kind) {
        return segments.stream().filter(s -> s.kind() == kind).mapToInt(s -> Words.count(s.text())).sum();
    }
}
