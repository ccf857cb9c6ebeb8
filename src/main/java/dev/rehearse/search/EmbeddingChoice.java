package dev.rehearse.search;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The in-process embedding models a user can choose with {@code REHEARSE_EMBEDDING}. Both are quantized BERT-style
 * encoders whose weights ship in their jars and share BERT's uncased word pieces, so the same windowing serves both;
 * they differ in how much they read at once, the window their passages are cut into, and BGE's instruction in front
 * of a query (the model was trained to embed a query that way and a passage without it).
 */
public enum EmbeddingChoice {

    /** all-MiniLM-L6-v2, quantized: fast, and the window of 128 pieces it was fine-tuned on. */
    MINILM("minilm", "all-minilm-l6-v2-q", "all-minilm-l6-v2-q-tokenizer.json", 254, 128, "",
            AllMiniLmL6V2QuantizedEmbeddingModel::new, AllMiniLmL6V2QuantizedEmbeddingModel::new),
    /** BGE-small-en v1.5, quantized: stronger on SciFact, several times slower to embed; reads 512 pieces. */
    BGE_SMALL("bge-small", "bge-small-en-v1.5-q", "bge-small-en-v1.5-q-tokenizer.json", 510, 254,
            "Represent this sentence for searching relevant passages: ",
            BgeSmallEnV15QuantizedEmbeddingModel::new, BgeSmallEnV15QuantizedEmbeddingModel::new);

    /** Both models give vectors of this length. */
    static final int DIMENSION = 384;

    private final String settingName;
    private final String modelName;
    private final String tokenizerResource;
    private final int maxTokens;
    private final int windowTokens;
    private final String queryInstruction;
    private final Supplier<EmbeddingModel> onAllCores;
    private final Function<Executor, EmbeddingModel> onExecutor;

    EmbeddingChoice(String settingName, String modelName, String tokenizerResource, int maxTokens, int windowTokens,
                    String queryInstruction, Supplier<EmbeddingModel> onAllCores,
                    Function<Executor, EmbeddingModel> onExecutor) {
        this.settingName = settingName;
        this.modelName = modelName;
        this.tokenizerResource = tokenizerResource;
        this.maxTokens = maxTokens;
        this.windowTokens = windowTokens;
        this.queryInstruction = queryInstruction;
        this.onAllCores = onAllCores;
        this.onExecutor = onExecutor;
    }

    /**
     * The choice a setting names; blank means the default. Anything else is refused with the names that work, since
     * a typo silently falling back to the default would hide which model built the index.
     */
    public static EmbeddingChoice fromSetting(String value) {
        if (value == null || value.isBlank()) {
            return defaultChoice();
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.settingName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("REHEARSE_EMBEDDING must be one of "
                        + Arrays.stream(values()).map(c -> c.settingName).collect(Collectors.joining(", "))
                        + ", got '" + value.strip() + "'"));
    }

    /** MiniLM: the measured quality gain of BGE does not pay for its embedding time here (docs/benchmarks.md). */
    public static EmbeddingChoice defaultChoice() {
        return MINILM;
    }

    /** What {@code REHEARSE_EMBEDDING} calls it. */
    public String settingName() {
        return settingName;
    }

    /** The model's own name, the first part of the id the index records. */
    String modelName() {
        return modelName;
    }

    String tokenizerResource() {
        return tokenizerResource;
    }

    /** Word pieces the model reads at once, without its two markers. */
    int maxTokens() {
        return maxTokens;
    }

    /** Word pieces per passage window, heading included. */
    int windowTokens() {
        return windowTokens;
    }

    /** Put in front of a search query, never of a passage; empty when the model wants none. */
    String queryInstruction() {
        return queryInstruction;
    }

    /** The id the index records for the default window: known before the model loads. */
    public String modelId() {
        return OnnxEmbedder.modelId(this, windowTokens);
    }

    EmbeddingModel load(Executor executor) {
        return executor == null ? onAllCores.get() : onExecutor.apply(executor);
    }

    /** Loads this model on a background thread, for {@code serve}, which waits for it only before it listens. */
    public BackgroundEmbedder loadInBackground() {
        return BackgroundEmbedder.load(() -> new OnnxEmbedder(this, null), DIMENSION, modelId());
    }
}
