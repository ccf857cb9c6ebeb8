package dev.rehearse.search;

import dev.rehearse.search.SearchHit.Highlight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Short plain-text excerpts of a passage around its best matching sentences, with the matched words
 * as offsets into the excerpt. Lucene's UnifiedHighlighter picks and scores the sentences; the
 * formatter here turns its offsets into our {@link Snippet} instead of markup, so no consumer ever
 * parses tags out of the user's own text.
 */
final class Snippets {

    static final int MAX_CHARS = 300;
    private static final int SENTENCES = 2;
    /** Characters kept before the first match when a long excerpt has to be cut. */
    private static final int LEAD = 60;
    private static final String ELLIPSIS = "…";

    record Snippet(String text, List<Highlight> highlights) {
    }

    /** Creating a sentence iterator is costly; cloning a prepared one is not. */
    private static final BreakIterator SENTENCE_ITERATOR = BreakIterator.getSentenceInstance(Locale.ROOT);

    private final UnifiedHighlighter highlighter;

    Snippets(Analyzer analyzer) {
        // one highlighter for all searches: it keeps no state between calls
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withBreakIterator(() -> (BreakIterator) SENTENCE_ITERATOR.clone())
                .withFormatter(new OffsetFormatter())
                .withMaxNoHighlightPassages(0)
                .withMaxLength(Integer.MAX_VALUE - 1)
                .build();
    }

    /** The excerpt of {@code content} for {@code query} (body terms), or its opening when nothing matches. */
    Snippet of(String content, Query query) {
        if (query != null) {
            try {
                Object found = highlighter.highlightWithoutSearcher(IndexFields.BODY, query, content, SENTENCES);
                if (found instanceof Snippet s && !s.highlights().isEmpty()) {
                    return fit(s);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return opening(content);
    }

    /** The first sentences of the content, up to the length limit, with no highlights. */
    static Snippet opening(String content) {
        Builder b = new Builder();
        b.append(content, 0, content.length(), new int[0], new int[0], 0);
        String text = b.text();
        if (text.length() <= MAX_CHARS) {
            return new Snippet(text, List.of());
        }
        int cut = text.lastIndexOf(". ", MAX_CHARS - 1);
        if (cut >= MAX_CHARS / 3) {
            return new Snippet(text.substring(0, cut + 1), List.of());
        }
        return new Snippet(cutAtWord(text, MAX_CHARS - 1) + ELLIPSIS, List.of());
    }

    /** Cuts an excerpt that is too long to a window starting a little before its first match. */
    static Snippet fit(Snippet s) {
        String text = s.text();
        if (text.length() <= MAX_CHARS) {
            return s;
        }
        int first = s.highlights().get(0).start();
        int from = Math.max(0, first - LEAD);
        if (from > 0) {
            int space = text.indexOf(' ', from);
            from = space < 0 || space >= first ? first : space + 1;
        }
        String prefix = from > 0 ? ELLIPSIS : "";
        int room = MAX_CHARS - prefix.length() - ELLIPSIS.length();
        int to = Math.min(text.length(), from + room);
        String body;
        if (to < text.length()) {
            body = cutAtWord(text.substring(from, to + 1), room);
            if (body.length() < s.highlights().get(0).end() - from) {
                // a single word longer than the window: keep it whole rather than lose the match
                body = text.substring(from, Math.min(text.length(), s.highlights().get(0).end()));
            }
        } else {
            body = text.substring(from);
        }
        String suffix = from + body.length() < text.length() ? ELLIPSIS : "";
        int shift = prefix.length() - from;
        int limit = from + body.length();
        List<Highlight> kept = new ArrayList<>();
        for (Highlight h : s.highlights()) {
            if (h.start() >= from && h.end() <= limit) {
                kept.add(new Highlight(h.start() + shift, h.end() + shift));
            }
        }
        return new Snippet(prefix + body + suffix, kept);
    }

    /** The text up to its last word boundary at or before {@code max} characters. */
    private static String cutAtWord(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max);
        return (space > max / 2 ? text.substring(0, space) : text.substring(0, max)).stripTrailing();
    }

    /** Turns the highlighter's chosen sentences into one excerpt, in reading order, with match offsets. */
    private static final class OffsetFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            Passage[] ordered = passages.clone();
            Arrays.sort(ordered, Comparator.comparingInt(Passage::getStartOffset));
            Builder b = new Builder();
            int previousEnd = -1;
            for (Passage p : ordered) {
                if (previousEnd >= 0) {
                    b.separator(p.getStartOffset() > previousEnd);
                }
                b.append(content, p.getStartOffset(), p.getEndOffset(), p.getMatchStarts(), p.getMatchEnds(), p.getNumMatches());
                previousEnd = p.getEndOffset();
            }
            return new Snippet(b.text(), b.highlights());
        }
    }

    /** Appends stretches of text with runs of whitespace (line breaks included) collapsed to one space. */
    private static final class Builder {
        private final StringBuilder out = new StringBuilder();
        private final List<Highlight> highlights = new ArrayList<>();

        void separator(boolean gap) {
            trimEnd();
            out.append(gap ? " " + ELLIPSIS + " " : " ");
        }

        void append(String content, int from, int to, int[] starts, int[] ends, int matches) {
            int[] position = new int[to - from + 1];
            for (int i = from; i < to; i++) {
                char c = content.charAt(i);
                position[i - from] = out.length();
                if (Character.isWhitespace(c)) {
                    if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                        out.append(' ');
                    }
                } else {
                    out.append(c);
                }
            }
            position[to - from] = out.length();
            trimEnd();
            int last = -1;
            for (int m = 0; m < matches; m++) {
                if (starts[m] < from || ends[m] > to || starts[m] >= ends[m]) {
                    continue;
                }
                int s = position[starts[m] - from];
                int e = Math.min(position[ends[m] - from], out.length());
                if (s < e && s >= last) {
                    highlights.add(new Highlight(s, e));
                    last = e;
                }
            }
        }

        private void trimEnd() {
            while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
        }

        String text() {
            trimEnd();
            return out.toString();
        }

        List<Highlight> highlights() {
            return highlights;
        }
    }
}
