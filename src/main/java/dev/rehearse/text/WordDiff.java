package dev.rehearse.text;

import dev.rehearse.text.DiffSegment.Op;
import dev.rehearse.text.TokenAlignment.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's one word diff (Myers' algorithm from java-diff-utils over {@link Words words}, with
 * the work bounded as {@link TokenAlignment} says). Deterministic: the same two texts always give the
 * same segments. Tokens are words, runs of white space, and any other single user-perceived character
 * (punctuation, an emoji with its modifiers), so a changed comma is one token and an emoji is never split.
 *
 * <p>Two readings of the same diff: {@link #exact} keeps every character, so both texts can be rebuilt
 * from the segments (one attempt against another); {@link #ofWords} compares words only, ignoring case
 * and spacing, and joins them with single spaces, so the notes' hard-wrapped lines read as the draft's
 * prose does (the notes' answer against the draft).
 */
public final class WordDiff {

    private static final Pattern WORD_SPACE_OR_CHARACTER = Pattern.compile("(?U)\\s+|\\X");

    /** The segments and how many words were added and removed. */
    public record Result(List<DiffSegment> segments, int added, int removed) {
    }

    private WordDiff() {
    }

    /** Every character kept: equal and deleted segments give the older text, equal and inserted the newer. */
    public static List<DiffSegment> exact(String older, String newer) {
        List<String> a = tokens(older == null ? "" : older);
        List<String> b = tokens(newer == null ? "" : newer);
        List<DiffSegment> raw = new ArrayList<>();
        for (Run r : TokenAlignment.align(a, b, WordDiff::endsSentence)) {
            switch (r.op()) {
                case EQUAL -> raw.add(new DiffSegment(Op.EQUAL, String.join("", a.subList(r.aFrom(), r.aTo()))));
                case DELETE -> raw.add(new DiffSegment(Op.DELETE, String.join("", a.subList(r.aFrom(), r.aTo()))));
                case INSERT -> raw.add(new DiffSegment(Op.INSERT, String.join("", b.subList(r.bFrom(), r.bTo()))));
            }
        }
        return foldSeparators(raw);
    }

    /** Words only, case and spacing ignored; the segments join their words with single spaces. */
    public static Result ofWords(String from, String to) {
        List<String> a = tokens(from == null ? "" : from).stream().filter(t -> !t.isBlank()).toList();
        List<String> b = tokens(to == null ? "" : to).stream().filter(t -> !t.isBlank()).toList();
        List<DiffSegment> out = new ArrayList<>();
        int added = 0;
        int removed = 0;
        for (Run r : TokenAlignment.align(lower(a), lower(b), WordDiff::endsSentence)) {
            switch (r.op()) {
                case EQUAL -> add(out, Op.EQUAL, a.subList(r.aFrom(), r.aTo()));
                case DELETE -> removed += add(out, Op.DELETE, a.subList(r.aFrom(), r.aTo()));
                case INSERT -> added += add(out, Op.INSERT, b.subList(r.bFrom(), r.bTo()));
            }
        }
        return new Result(out, added, removed);
    }

    /** Words, white space runs and single other characters, in order; joined they give the text back. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int at = 0;
        for (Word w : Words.of(text)) {
            between(text, at, w.start(), out);
            out.add(w.text());
            at = w.end();
        }
        between(text, at, text.length(), out);
        return out;
    }

    private static void between(String text, int from, int to, List<String> out) {
        Matcher m = WORD_SPACE_OR_CHARACTER.matcher(text).region(from, to);
        while (m.find()) {
            out.add(m.group());
        }
    }

    private static boolean endsSentence(String token) {
        return ".!?…".contains(token) || token.indexOf('\n') >= 0;
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
        return (int) tokens.stream().filter(Words::isWord).count();
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

    private static List<String> lower(List<String> tokens) {
        return tokens.stream().map(t -> t.toLowerCase(Locale.ROOT).replace('’', '\'')).toList();
    }

    /**
     * Merges each run of changes, including white-space-only equal segments lying between two changes, into
     * one deleted segment followed by one inserted segment, so "quick brown" → "slow red" reads as one
     * replacement instead of alternating word by word.
     */
    private static List<DiffSegment> foldSeparators(List<DiffSegment> raw) {
        List<DiffSegment> out = new ArrayList<>();
        int k = 0;
        while (k < raw.size()) {
            if (raw.get(k).op() == Op.EQUAL) {
                out.add(raw.get(k));
                k++;
                continue;
            }
            StringBuilder deleted = new StringBuilder();
            StringBuilder inserted = new StringBuilder();
            while (k < raw.size()) {
                DiffSegment s = raw.get(k);
                if (s.op() == Op.DELETE) {
                    deleted.append(s.text());
                } else if (s.op() == Op.INSERT) {
                    inserted.append(s.text());
                } else if (s.text().isBlank() && k + 1 < raw.size() && raw.get(k + 1).op() != Op.EQUAL) {
                    deleted.append(s.text());
                    inserted.append(s.text());
                } else {
                    break;
                }
                k++;
            }
            if (!deleted.isEmpty()) {
                out.add(new DiffSegment(Op.DELETE, deleted.toString()));
            }
            if (!inserted.isEmpty()) {
                out.add(new DiffSegment(Op.INSERT, inserted.toString()));
            }
        }
        return out;
    }
}
