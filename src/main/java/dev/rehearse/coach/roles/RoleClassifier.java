package dev.rehearse.coach.roles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Which role a sentence plays in an answer (situation, task, action, result, reflection, claim, example, filler,
 * company fact): multinomial logistic regression over the sentence's MiniLM embedding and the cue-word feature
 * group, trained with Tribuo's linear SGD. Logistic regression because it gives calibrated probabilities the
 * structure check can weigh against position and outcome patterns, and trains on a few hundred sentences in well
 * under a second. The seed is fixed, so the same training file gives the same model. Thread-safe once built.
 */
public final class RoleClassifier {

    private static final long SEED = 42L;
    /**
     * Chosen on the held-out split among AdaGrad, Adam, AdaDelta and plain SGD with several rates and batch sizes:
     * AdaGrad at 0.1 over single examples for 100 epochs was at the top (0.89); larger steps or batches fell to 0.80-0.84.
     */
    private static final int EPOCHS = 100;
    private static final double LEARNING_RATE = 0.1;
    /** Embedding values are small (a unit vector over 384 dimensions); scaling them keeps SGD's steps useful. */
    private static final double EMBEDDING_SCALE = 8.0;
    /** Bumped when the way features are built changes, so a model cached by an older build is not reused. */
    static final String FEATURE_VERSION = "roles-features-1";

    private final Model<Label> model;
    private final RoleCues cues;
    private final String[] names;

    private RoleClassifier(Model<Label> model, RoleCues cues, int dimension) {
        this.model = model;
        this.cues = cues;
        this.names = featureNames(cues, dimension);
    }

    /** Trains on the set; {@code vectors} are the embeddings of its sentences, in order. */
    static RoleClassifier train(RoleTrainingSet set, List<float[]> vectors, RoleCues cues) {
        return train(set, vectors, cues, new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(LEARNING_RATE, 0.1), EPOCHS, Integer.MAX_VALUE, 1, SEED));
    }

    static RoleClassifier train(RoleTrainingSet set, List<float[]> vectors, RoleCues cues, Trainer<Label> trainer) {
        if (set.examples().isEmpty()) {
            throw new IllegalArgumentException("the role training set is empty");
        }
        int dimension = vectors.get(0).length;
        String[] names = featureNames(cues, dimension);
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("rehearse role sentences", labels), labels);
        for (int i = 0; i < set.examples().size(); i++) {
            RoleTrainingSet.Example e = set.examples().get(i);
            data.add(new ArrayExample<>(new Label(e.role()), names, values(e.text(), vectors.get(i), cues)));
        }
        return new RoleClassifier(trainer.train(data), cues, dimension);
    }

    /** A model saved by {@link #save}; fails when the file holds anything but a role model. */
    static RoleClassifier load(Path file, RoleCues cues, int dimension) throws IOException {
        Model<?> m = Model.deserializeFromFile(file);
        if (!m.validate(Label.class)) {
            throw new IOException(file + " does not hold a classification model");
        }
        @SuppressWarnings("unchecked")
        Model<Label> labelModel = (Model<Label>) m;
        return new RoleClassifier(labelModel, cues, dimension);
    }

    void save(Path file) throws IOException {
        model.serializeToFile(file);
    }

    /** The role of each sentence; {@code vectors} are their embeddings, in order. */
    public List<RolePrediction> predict(List<String> sentences, List<float[]> vectors) {
        List<RolePrediction> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Prediction<Label> p = model.predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, names, values(sentences.get(i), vectors.get(i), cues)));
            Map<String, Double> scores = new HashMap<>();
            p.getOutputScores().forEach((role, label) -> scores.put(role, label.getScore()));
            out.add(new RolePrediction(p.getOutput().getLabel(), scores));
        }
        return out;
    }

    private static String[] featureNames(RoleCues cues, int dimension) {
        List<String> names = new ArrayList<>(dimension + 16);
        for (int d = 0; d < dimension; d++) {
            names.add(String.format("e%03d", d));
        }
        names.addAll(cues.names());
        return names.toArray(String[]::new);
    }

    private static double[] values(String sentence, float[] vector, RoleCues cues) {
        double[] cue = cues.features(sentence);
        double[] out = new double[vector.length + cue.length];
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        double scale = norm == 0 ? 0 : EMBEDDING_SCALE / Math.sqrt(norm);
        for (int d = 0; d < vector.length; d++) {
            out[d] = vector[d] * scale;
        }
        System.arraycopy(cue, 0, out, vector.length, cue.length);
        return out;
    }
}
