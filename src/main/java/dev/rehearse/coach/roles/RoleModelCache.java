package dev.rehearse.coach.roles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the role classifier once and keeps it in the data folder as {@code models/roles-<key>.model}, the key a
 * hash of the training file, the cue rule files, the feature layout and the embedding model. A changed training
 * file or embedding model gives a new key, so the next start trains afresh; an unreadable cached file is retrained
 * over. Without a folder (a test, a tool) the model is trained in memory only.
 */
public final class RoleModelCache {

    private static final Logger log = LoggerFactory.getLogger(RoleModelCache.class);

    private final Optional<Path> modelsDir;

    private RoleModelCache(Optional<Path> modelsDir) {
        this.modelsDir = modelsDir;
    }

    /** Caches under {@code <dataDir>/models}. */
    public static RoleModelCache inDataDir(Path dataDir) {
        return new RoleModelCache(Optional.of(dataDir.resolve("models")));
    }

    /** Trains in memory every time it is asked. */
    public static RoleModelCache inMemory() {
        return new RoleModelCache(Optional.empty());
    }

    /** The model file for this training set, features and embedding model (present only with a folder). */
    public Optional<Path> file(RoleTrainingSet set, RoleCues cues, SentenceEmbedder embedder) {
        String key = RoleResources.digestOf(set.fingerprint(), cues.version(), RoleClassifier.FEATURE_VERSION, embedder.modelId());
        return modelsDir.map(d -> d.resolve("roles-" + key.substring(0, 16) + ".model"));
    }

    /** The cached model, or one trained now (and cached when there is a folder). */
    RoleClassifier loadOrTrain(RoleTrainingSet set, RoleCues cues, SentenceEmbedder embedder) {
        Optional<Path> file = file(set, cues, embedder);
        if (file.isPresent() && Files.isRegularFile(file.get())) {
            try {
                int dimension = embedder.embed(List.of(set.examples().get(0).text())).get(0).length;
                return RoleClassifier.load(file.get(), cues, dimension);
            } catch (IOException | RuntimeException e) {
                log.warn("Cannot read the cached sentence-role model {} ({}); training it again", file.get(), e.getMessage());
            }
        }
        List<float[]> vectors = embedder.embed(set.examples().stream().map(RoleTrainingSet.Example::text).toList());
        RoleClassifier trained = RoleClassifier.train(set, vectors, cues);
        file.ifPresent(f -> save(trained, f));
        return trained;
    }

    private static void save(RoleClassifier model, Path file) {
        try {
            Files.createDirectories(file.getParent());
            // written aside and moved into place, so a second process never reads half a model
            Path tmp = Files.createTempFile(file.getParent(), "roles-", ".tmp");
            try {
                model.save(tmp);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            log.info("Sentence-role model trained and saved to {}", file);
        } catch (IOException e) {
            // the model in memory still works; the next start trains again
            log.warn("Cannot save the sentence-role model to {}: {}", file, e.getMessage());
        }
    }
}
