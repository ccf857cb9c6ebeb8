package dev.rehearse.search;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The quantized all-MiniLM-L6-v2 sentence model, run in-process with ONNX (384 dimensions, weights
 * shipped in its jar, nothing downloaded). Loading takes most of a second: create one and share it.
 *
 * <p>The model reads at most 256 word pieces; LangChain4j would average 510-piece slices of a longer
 * text into one blurred vector instead, so text is cut here, at a word boundary, to what the model
 * reads. Passages are embedded as overlapping windows of {@value #WINDOW_TOKENS} pieces, the length
 * the model was fine-tuned on: on SciFact that lifted the vector ranking's nDCG@10 from 0.625 (one
 * vector per abstract) and 0.632 (windows of 254) to 0.654, and search takes a passage's best window.
 */
public final class MiniLmEmbedder implements Embedder {

    /** 256 pieces minus the [CLS] and [SEP] markers the model adds. */
    static final int MAX_TOKENS = 254;
    /** Word pieces per passage window, heading included: the sequence length the model was fine-tuned on. */
    static final int WINDOW_TOKENS = 128;
    /** A heading longer than this is cut so it cannot crowd out the body. */
    static final int MAX_HEADING_TOKENS = 48;
    /** Tokens shared by neighbouring windows, so a sentence cut at a window edge is whole in one. */
    static final int OVERLAP_TOKENS = 48;
    /** A runaway passage still gets a bounded number of vectors. */
    static final int MAX_WINDOWS = 8;
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    static final int DIMENSION = 384;
    /** What {@link #modelId()} says with the default window, known before the model is loaded. */
    public static final String MODEL_ID = modelId(WINDOW_TOKENS);

    private final AllMiniLmL6V2QuantizedEmbeddingModel model;
    private final HuggingFaceTokenizer tokenizer;
    private final int windowTokens;

    public MiniLmEmbedder() {
        this(null);
    }

    /** @param executor runs {@link #embedAll} in parallel; null for one thread per core */
    public MiniLmEmbedder(Executor executor) {
        this(executor == null ? new AllMiniLmL6V2QuantizedEmbeddingModel() : new AllMiniLmL6V2QuantizedEmbeddingModel(executor),
                loadTokenizer(), WINDOW_TOKENS);
    }

    private MiniLmEmbedder(AllMiniLmL6V2QuantizedEmbeddingModel model, HuggingFaceTokenizer tokenizer, int windowTokens) {
        this.model = model;
        this.tokenizer = tokenizer;
        this.windowTokens = windowTokens;
    }

    /** The same model with passage windows of at most {@code tokens} word pieces (heading included). */
    public MiniLmEmbedder withWindowTokens(int tokens) {
        if (tokens < OVERLAP_TOKENS + MAX_HEADING_TOKENS + 16 || tokens > MAX_TOKENS) {
            throw new IllegalArgumentException("window must be between " + (OVERLAP_TOKENS + MAX_HEADING_TOKENS + 16)
                    + " and " + MAX_TOKENS + " word pieces, got " + tokens);
        }
        return new MiniLmEmbedder(model, tokenizer, tokens);
    }

    private static HuggingFaceTokenizer loadTokenizer() {
        try (InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader().getResourceAsStream(TOKENIZER)) {
            if (in == null) {
                throw new IllegalStateException("the MiniLM tokenizer " + TOKENIZER + " is missing from the classpath");
            }
            return HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false", "truncation", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the MiniLM tokenizer", e);
        }
    }

    @Override
    public float[] embed(String text) {
        return model.embed(truncate(text)).content().vector();
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
        return DIMENSION;
    }

    @Override
    public String modelId() {
        return modelId(windowTokens);
    }

    private static String modelId(int windowTokens) {
        return "all-minilm-l6-v2-q/window" + windowTokens;
    }

    /**
     * The default model loading on a background thread: {@code serve} opens the index, the history and the server
     * meanwhile, and waits for it before it listens.
     */
    public static BackgroundEmbedder loadInBackground() {
        return BackgroundEmbedder.load(MiniLmEmbedder::new, DIMENSION, MODEL_ID);
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
        return text.length() <= MAX_TOKENS ? text : cut(text, MAX_TOKENS);
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
