package dev.rehearse.coach;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import dev.rehearse.coach.report.DiffSegment;
import dev.rehearse.coach.report.DiffSegment.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word diff from one text to another (java-diff-utils over word and punctuation tokens). Line
 * breaks and spacing are not compared, only words, ignoring case; the segments join their words with
 * single spaces, so the notes' hard-wrapped lines read as the draft's prose does.
 */
final class WordDiffer {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}\\p{M}][\\p{L}\\p{N}\\p{M}'’\\-]*|[^\\s\\p{L}\\p{N}]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}].*");

    /** The diff and how many words were added and removed. */
    record Result(List<DiffSegment> segments, int added, int removed) {
    }

    Result diff(String from, String to) {
        List<String> a = tokens(from);
        List<String> b = tokens(to);
        List<AbstractDelta<String>> deltas = DiffUtils.diff(lower(a), lower(b), true).getDeltas();
        List<DiffSegment> out = new ArrayList<>();
        int added = 0;
        int removed = 0;
        for (AbstractDelta<String> d : deltas) {
            Chunk<String> src = d.getSource();
            Chunk<String> dst = d.getTarget();
            switch (d.getType()) {
                case EQUAL -> add(out, Op.EQUAL, a.subList(src.getPosition(), src.getPosition() + src.size()));
                case DELETE -> removed += add(out, Op.DELETE, a.subList(src.getPosition(), src.getPosition() + src.size()));
                case INSERT -> added += add(out, Op.INSERT, b.subList(dst.getPosition(), dst.getPosition() + dst.size()));
                case CHANGE -> {
                    removed += add(out, Op.DELETE, a.subList(src.getPosition(), src.getPosition() + src.size()));
                    added += add(out, Op.INSERT, b.subList(dst.getPosition(), dst.getPosition() + dst.size()));
                }
            }
        }
        return new Result(out, added, removed);
    }

    /** Appends the tokens as a segment (merged into the last one when the op is the same); returns the words added. */
    private static int add(List<DiffSegment> out, Op op, List<String> tokens) {
        if (tokens.isEmpty()) {
            return 0;
        }
        String text = join(tokens);
        if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
            DiffSegment last = out.remove(out.size() - 1);
            text = last.text() + spaceBefore(tokens.get(0)) + text;
        }
        out.add(new DiffSegment(op, text));
        return (int) tokens.stream().filter(t -> WORD.matcher(t).matches()).count();
    }

    private static String join(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        for (String t : tokens) {
            sb.append(sb.length() == 0 ? "" : spaceBefore(t)).append(t);
        }
        return sb.toString();
    }

    private static String spaceBefore(String token) {
        return ".,;:!?)]}…%".contains(token) ? "" : " ";
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static List<String> lower(List<String> tokens) {
        return tokens.stream().map(t -> t.toLowerCase(Locale.ROOT).replace('’', '\'')).toList();
    }
}
