package dev.rehearse.search;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * An in-process ONNX sentence model ({@link EmbeddingChoice}: MiniLM or BGE-small), run with weights shipped in its
 * jar, nothing downloaded. Loading takes most of a second: create one and share it.
 *
 * <p>A model reads a bounded number of word pieces; LangChain4j would average 510-piece slices of a longer text into
 * one blurred vector instead, so text is cut here, at a word boundary, to what the model reads. Passages are
 * embedded as overlapping windows, and search takes a passage's best window. For MiniLM the window is the 128
 * pieces it was fine-tuned on: on SciFact that lifted the vector ranking's nDCG@10 from 0.625 (one vector per
 * abstract) and 0.632 (windows of 254) to 0.654.
 */
public class OnnxEmbedder implements Embedder {

    /** MiniLM's 256 pieces minus the [CLS] and [SEP] markers the model adds. */
    static final int MAX_TOKENS = 254;
    /** MiniLM's word pieces per passage window, heading included: the sequence length it was fine-tuned on. */
    static final int WINDOW_TOKENS = 128;
    /** A heading longer than this is cut so it cannot crowd out the body. */
    static final int MAX_HEADING_TOKENS = 48;
    /** Tokens shared by neighbouring windows, so a sentence cut at a window edge is whole in one. */
    static final int OVERLAP_TOKENS = 48;
    /** A runaway passage still gets a bounded number of vectors. */
    static final int MAX_WINDOWS = 8;

    private final EmbeddingChoice choice;
    private final EmbeddingModel model;
    private final HuggingFaceTokenizer tokenizer;
    private final int windowTokens;

    /** @param executor runs {@link #embedAll} in parallel; null for one thread per core */
    public OnnxEmbedder(EmbeddingChoice choice, Executor executor) {
        this(choice, choice.load(executor), loadTokenizer(choice), choice.windowTokens());
    }

    OnnxEmbedder(EmbeddingChoice choice, EmbeddingModel model, HuggingFaceTokenizer tokenizer, int windowTokens) {
        this.choice = choice;
        this.model = model;
        this.tokenizer = tokenizer;
        this.windowTokens = windowTokens;
    }

    /** The same model with passage windows of at most {@code tokens} word pieces (heading included). */
    public OnnxEmbedder withWindowTokens(int tokens) {
        if (tokens < OVERLAP_TOKENS + MAX_HEADING_TOKENS + 16 || tokens > choice.maxTokens()) {
            throw new IllegalArgumentException("window must be between " + (OVERLAP_TOKENS + MAX_HEADING_TOKENS + 16)
                    + " and " + choice.maxTokens() + " word pieces, got " + tokens);
        }
        return new OnnxEmbedder(choice, model, tokenizer, tokens);
    }

    /** Which model this is. */
    public EmbeddingChoice choice() {
        return choice;
    }

    private static HuggingFaceTokenizer loadTokenizer(EmbeddingChoice choice) {
        String resource = choice.tokenizerResource();
        try (InputStream in = OnnxEmbedder.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the tokenizer " + resource + " is missing from the classpath");
            }
            return HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false", "truncation", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tokenizer " + resource, e);
        }
    }

    @Override
    public float[] embed(String text) {
        return model.embed(truncate(text)).content().vector();
    }

    /** With the model's query instruction in front, when it has one; the instruction's pieces count against the cut. */
    @Override
    public float[] embedQuery(String text) {
        String instruction = choice.queryInstruction();
        if (instruction.isEmpty()) {
            return embed(text);
        }
        return model.embed(instruction + cut(text, choice.maxTokens() - count(instruction))).content().vector();
    }

    /** Letters or digits are always read; otherwise the tokenizer decides (emoji and punctuation are read). */
    @Override
    public boolean reads(String text) {
        if (text == null || text.trim().isEmpty()) {
            return false;
        }
        return text.codePoints().anyMatch(Character::isLetterOrDigit) || count(text) > 0;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) {
            segments.add(TextSegment.from(truncate(t)));
        }
        return model.embedAll(segments).content().stream().map(e -> e.vector()).toList();
    }

    @Override
    public int dimension() {
        return EmbeddingChoice.DIMENSION;
    }

    @Override
    public String modelId() {
        return modelId(choice, windowTokens);
    }

    static String modelId(EmbeddingChoice choice, int windowTokens) {
        return choice.modelName() + "/window" + windowTokens;
    }

    /**
     * The heading (cut to {@value #MAX_HEADING_TOKENS} pieces) followed by windows of the body that
     * fill the rest of the window. Windows overlap by {@value #OVERLAP_TOKENS}
     * pieces; the last window is aligned to the end of the body so it is full rather than a short
     * tail that would match too eagerly.
     */
    @Override
    public List<String> windows(String heading, String body) {
        String head = heading == null ? "" : cut(heading.strip(), MAX_HEADING_TOKENS);
        String prefix = head.isEmpty() ? "" : head + "\n";
        int budget = windowTokens - (head.isEmpty() ? 0 : count(head) + 1);
        Tokens t = tokens(body);
        if (t.size() <= budget) {
            return List.of(prefix + body.strip());
        }
        int stride = budget - OVERLAP_TOKENS;
        List<String> windows = new ArrayList<>();
        int start = 0;
        while (windows.size() < MAX_WINDOWS) {
            boolean last = start + budget >= t.size();
            if (last) {
                start = t.wordStartAtOrAfter(Math.max(0, t.size() - budget));
            }
            int end = last ? t.size() : t.wordStartAtOrBefore(start + budget, start + 1);
            windows.add(prefix + body.substring(t.startChar(start), t.endChar(end - 1)).strip());
            if (last) {
                break;
            }
            start = t.wordStartAtOrBefore(start + stride, start + 1);
        }
        return windows;
    }

    /** Number of word pieces in the text, without the model's markers. */
    public int count(String text) {
        return tokens(text).size();
    }

    /** The text cut at a word boundary to at most {@code maxTokens} word pieces. */
    String cut(String text, int maxTokens) {
        Tokens t = tokens(text);
        if (t.size() <= maxTokens) {
            return text;
        }
        int end = t.wordStartAtOrBefore(maxTokens, 1);
        return text.substring(0, t.endChar(end - 1));
    }

    private String truncate(String text) {
        // a cheap bound first: each piece covers at least one character, so short text needs no tokenizing
        return text.length() <= choice.maxTokens() ? text : cut(text, choice.maxTokens());
    }

    private Tokens tokens(String text) {
        Encoding e = tokenizer.encode(text, false, false);
        return new Tokens(e.getTokens(), e.getCharTokenSpans());
    }

    /** Word pieces with their character spans; "##" pieces continue the previous word. */
    private record Tokens(String[] pieces, CharSpan[] spans) {
        int size() {
            return pieces.length;
        }

        int startChar(int i) {
            return spans[i].getStart();
        }

        int endChar(int i) {
            return spans[i].getEnd();
        }

        boolean startsWord(int i) {
            return i >= pieces.length || !pieces[i].startsWith("##");
        }

        /** The nearest word start at or before {@code i}, but not before {@code floor}. */
        int wordStartAtOrBefore(int i, int floor) {
            int j = Math.min(i, pieces.length);
            while (j > floor && !startsWord(j)) {
                j--;
            }
            return j;
        }

        int wordStartAtOrAfter(int i) {
            int j = i;
            while (j < pieces.length && !startsWord(j)) {
                j++;
            }
            return j;
        }
    }
}
