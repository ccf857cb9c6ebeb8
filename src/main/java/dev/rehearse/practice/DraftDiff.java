package dev.rehearse.practice;

import dev.rehearse.text.DiffSegment;
import dev.rehearse.text.WordDiff;
import dev.rehearse.text.Words;
import java.util.List;

/** A word diff between an older and a newer draft: segments in reading order, every character kept. */
public record DraftDiff(List<DiffSegment> segments) {

    public DraftDiff {
        segments = List.copyOf(segments);
    }

    public static DraftDiff between(String older, String newer) {
        return new DraftDiff(WordDiff.exact(older, newer));
    }

    /** The older draft: equal and deleted segments. */
    public String before() {
        return join(DiffSegment.Op.DELETE);
    }

    /** The newer draft: equal and inserted segments. */
    public String after() {
        return join(DiffSegment.Op.INSERT);
    }

    public int insertedWords() {
        return words(DiffSegment.Op.INSERT);
    }

    public int deletedWords() {
        return words(DiffSegment.Op.DELETE);
    }

    public boolean identical() {
        return segments.stream().allMatch(s -> s.op() == DiffSegment.Op.EQUAL);
    }

    private String join(DiffSegment.Op changed) {
        StringBuilder sb = new StringBuilder();
        for (DiffSegment s : segments) {
            if (s.op() == DiffSegment.Op.EQUAL || s.op() == changed) {
                sb.append(s.text());
            }
        }
        return sb.toString();
    }

    private int words(DiffSegment.Op op) {
        return segments.stream().filter(s -> s.op() == op).mapToInt(s -> Words.count(s.text())).sum();
    }
}
