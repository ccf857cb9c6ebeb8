package dev.rehearse.coach.text;

import dev.rehearse.text.Sentences;
import dev.rehearse.text.Word;
import dev.rehearse.text.Words;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft split into words and sentences, with character offsets into the text as pasted.
 *
 * <p>Pasted HTML is plain text to us: it is never interpreted, but tags and entities are masked with
 * spaces in {@link #view()} (same length, so every offset still points into the original) so they are
 * not counted as words or read as sentences.
 */
public final class DraftText {

    private static final Pattern MARKUP = Pattern.compile(
            "<!--.*?-->|</?[A-Za-z][A-Za-z0-9:-]*(?:\\s[^<>]{0,500})?/?>|&(?:[A-Za-z]{2,10}|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});",
            Pattern.DOTALL);
    private static final Pattern CODE_ELEMENT = Pattern.compile("<(script|style)\\b[^<>]{0,500}>", Pattern.CASE_INSENSITIVE);

    private final String original;
    private final String view;
    private final List<Span> markup;
    private final List<Token> tokens;
    private final List<Sentence> sentences;

    private DraftText(String original, String view, List<Span> markup, List<Token> tokens, List<Sentence> sentences) {
        this.original = original;
        this.view = view;
        this.markup = markup;
        this.tokens = tokens;
        this.sentences = sentences;
    }

    public static DraftText of(String text, Set<String> abbreviations) {
        String original = text == null ? "" : text;
        List<Span> markup = new ArrayList<>();
        StringBuilder masked = new StringBuilder(original);
        List<int[]> code = codeElements(original);
        Matcher m = MARKUP.matcher(original);
        int next = 0;
        while (m.find()) {
            while (next < code.size() && code.get(next)[1] <= m.start()) {
                mask(original, masked, markup, code.get(next)[0], code.get(next)[1]);
                next++;
            }
            if (next < code.size() && code.get(next)[0] <= m.start()) {
                continue;
            }
            mask(original, masked, markup, m.start(), m.end());
        }
        for (; next < code.size(); next++) {
            mask(original, masked, markup, code.get(next)[0], code.get(next)[1]);
        }
        String view = masked.toString();
        List<Sentences.Bounds> bounds = Sentences.split(view, abbreviations);
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (Sentences.Bounds b : bounds) {
            int first = tokens.size();
            int index = sentences.size();
            // markup is masked with spaces, so a word of the view is the same word of the original
            for (Word w : Words.in(view, b.start(), b.end())) {
                tokens.add(new Token(w.start(), w.end(), w.text(), index));
            }
            int count = tokens.size() - first;
            if (count == 0) {
                continue;
            }
            sentences.add(new Sentence(index, b.start(), b.end(), original.substring(b.start(), b.end()), first, count));
        }
        return new DraftText(original, view, Collections.unmodifiableList(markup),
                Collections.unmodifiableList(tokens), Collections.unmodifiableList(sentences));
    }

    private static void mask(String original, StringBuilder masked, List<Span> markup, int start, int end) {
        markup.add(Span.of(original, start, end));
        for (int i = start; i < end; i++) {
            char c = original.charAt(i);
            masked.setCharAt(i, c == '\n' || c == '\r' ? c : ' ');
        }
    }

    /**
     * Script and style elements, from the opening tag to the closing one: the code inside ("window.__x=1") is no
     * more the candidate's words than the tags are. An element never closed is left to the tag pattern, and the
     * search for closing tags stops at the first one missing, so a draft of unclosed tags stays linear.
     */
    private static List<int[]> codeElements(String original) {
        List<int[]> out = new ArrayList<>();
        String lower = original.toLowerCase(java.util.Locale.ROOT);
        Matcher open = CODE_ELEMENT.matcher(original);
        int from = 0;
        while (from < original.length() && open.find(from)) {
            String close = "</" + open.group(1).toLowerCase(java.util.Locale.ROOT);
            int end = lower.length() == original.length() ? lower.indexOf(close, open.end()) : -1;
            int gt = end < 0 ? -1 : original.indexOf('>', end);
            if (gt < 0) {
                break;
            }
            out.add(new int[] {open.start(), gt + 1});
            from = gt + 1;
        }
        return out;
    }

    public String original() {
        return original;
    }

    /** The draft with markup masked by spaces: the same length as the original. */
    public String view() {
        return view;
    }

    public List<Span> markup() {
        return markup;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public int wordCount() {
        return tokens.size();
    }

    public List<Token> tokensOf(Sentence s) {
        return tokens.subList(s.firstToken(), s.firstToken() + s.words());
    }

    /** The sentence holding {@code offset}, or the nearest one before it. */
    public Sentence sentenceAt(int offset) {
        Sentence found = sentences.isEmpty() ? null : sentences.get(0);
        for (Sentence s : sentences) {
            if (s.start() <= offset) {
                found = s;
            } else {
                break;
            }
        }
        return found;
    }

    public Span span(int start, int end) {
        return Span.of(original, start, end);
    }
}
