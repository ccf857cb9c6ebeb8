package dev.rehearse.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Aligns two token lists with Myers' algorithm (java-diff-utils), with a bound on the work. Myers costs
 * the product of the length and the number of differences, so two very different 20,000-character
 * drafts took 41 s word by word. Past {@link #MAX_TOKENS} the texts are aligned sentence by sentence
 * first, and only the changed stretches small enough are aligned word by word; a larger changed
 * stretch is shown as deleted and inserted whole.
 */
final class TokenAlignment {

    /** Tokens (both sides together) aligned word by word at once; about a second of work at worst on a slow core. */
    static final int MAX_TOKENS = 1_200;

    /** A stretch of the alignment: tokens [aFrom, aTo) of the first list and [bFrom, bTo) of the second. */
    record Run(DiffSegment.Op op, int aFrom, int aTo, int bFrom, int bTo) {
    }

    private TokenAlignment() {
    }

    /**
     * Runs covering both lists in order; a changed stretch is a delete run then an insert run.
     *
     * @param a, b      the tokens as compared (already normalised by the caller)
     * @param endsChunk whether a token ends a sentence, where the coarse alignment may cut
     */
    static List<Run> align(List<String> a, List<String> b, Predicate<String> endsChunk) {
        List<Run> out = new ArrayList<>();
        if (a.size() + b.size() <= MAX_TOKENS) {
            words(a, 0, a.size(), b, 0, b.size(), out);
            return out;
        }
        List<Integer> ca = chunkStarts(a, endsChunk);
        List<Integer> cb = chunkStarts(b, endsChunk);
        if (ca.size() + cb.size() > MAX_TOKENS) {
            whole(0, a.size(), 0, b.size(), out);
            return out;
        }
        List<String> ka = chunkKeys(a, ca);
        List<String> kb = chunkKeys(b, cb);
        for (AbstractDelta<String> d : DiffUtils.diff(ka, kb, true).getDeltas()) {
            int aFrom = bound(ca, a, d.getSource().getPosition());
            int aTo = bound(ca, a, d.getSource().getPosition() + d.getSource().size());
            int bFrom = bound(cb, b, d.getTarget().getPosition());
            int bTo = bound(cb, b, d.getTarget().getPosition() + d.getTarget().size());
            if (d.getType() == com.github.difflib.patch.DeltaType.EQUAL) {
                add(out, new Run(DiffSegment.Op.EQUAL, aFrom, aTo, bFrom, bTo));
            } else if ((aTo - aFrom) + (bTo - bFrom) <= MAX_TOKENS) {
                words(a, aFrom, aTo, b, bFrom, bTo, out);
            } else {
                whole(aFrom, aTo, bFrom, bTo, out);
            }
        }
        return out;
    }

    private static void words(List<String> a, int aFrom, int aTo, List<String> b, int bFrom, int bTo, List<Run> out) {
        for (AbstractDelta<String> d : DiffUtils.diff(a.subList(aFrom, aTo), b.subList(bFrom, bTo), true).getDeltas()) {
            Chunk<String> src = d.getSource();
            Chunk<String> dst = d.getTarget();
            int sa = aFrom + src.getPosition();
            int sb = bFrom + dst.getPosition();
            switch (d.getType()) {
                case EQUAL -> add(out, new Run(DiffSegment.Op.EQUAL, sa, sa + src.size(), sb, sb + dst.size()));
                case DELETE -> add(out, new Run(DiffSegment.Op.DELETE, sa, sa + src.size(), sb, sb));
                case INSERT -> add(out, new Run(DiffSegment.Op.INSERT, sa, sa, sb, sb + dst.size()));
                case CHANGE -> whole(sa, sa + src.size(), sb, sb + dst.size(), out);
            }
        }
    }

    private static void whole(int aFrom, int aTo, int bFrom, int bTo, List<Run> out) {
        if (aTo > aFrom) {
            add(out, new Run(DiffSegment.Op.DELETE, aFrom, aTo, bFrom, bFrom));
        }
        if (bTo > bFrom) {
            add(out, new Run(DiffSegment.Op.INSERT, aTo, aTo, bFrom, bTo));
        }
    }

    /** Appends a run, merged into the last one when both are equal runs, so equal text is never cut in two. */
    private static void add(List<Run> out, Run run) {
        if (!out.isEmpty() && run.op() == DiffSegment.Op.EQUAL && out.get(out.size() - 1).op() == DiffSegment.Op.EQUAL) {
            Run last = out.remove(out.size() - 1);
            run = new Run(DiffSegment.Op.EQUAL, last.aFrom(), run.aTo(), last.bFrom(), run.bTo());
        }
        out.add(run);
    }

    private static List<Integer> chunkStarts(List<String> tokens, Predicate<String> endsChunk) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (i == 0 || endsChunk.test(tokens.get(i - 1))) {
                starts.add(i);
            }
        }
        return starts;
    }

    private static List<String> chunkKeys(List<String> tokens, List<Integer> starts) {
        List<String> keys = new ArrayList<>(starts.size());
        for (int c = 0; c < starts.size(); c++) {
            int end = c + 1 < starts.size() ? starts.get(c + 1) : tokens.size();
            // a separator no token holds, so two chunks are equal only when their tokens are
            keys.add(String.join("\u0000", tokens.subList(starts.get(c), end)));
        }
        return keys;
    }

    /** The token index where chunk {@code chunk} starts (the list's end past the last chunk). */
    private static int bound(List<Integer> starts, List<String> tokens, int chunk) {
        return chunk < starts.size() ? starts.get(chunk) : tokens.size();
    }
}
