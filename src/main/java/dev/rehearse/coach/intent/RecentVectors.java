package dev.rehearse.coach.intent;

import dev.rehearse.coach.roles.SentenceEmbedder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the vectors of the texts embedded last, so two readers of one draft (the sentence roles, then the red
 * flags) pay for each sentence once. The vectors of a text never change for one model, so a remembered vector is as
 * good as a fresh one. Thread-safe.
 */
public final class RecentVectors {

    private final SentenceEmbedder embedder;
    private final Map<String, float[]> recent;

    private RecentVectors(SentenceEmbedder embedder, int capacity) {
        this.embedder = embedder;
        // access order: the draft being analysed now stays, drafts of long ago make room
        this.recent = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The same model, remembering the vectors of the last {@code capacity} texts it embedded. */
    public static SentenceEmbedder remembering(SentenceEmbedder embedder, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        RecentVectors memory = new RecentVectors(embedder, capacity);
        return new SentenceEmbedder(embedder.modelId(), memory::embedAll);
    }

    private List<float[]> embedAll(List<String> texts) {
        float[][] out = new float[texts.size()][];
        List<String> missing = new ArrayList<>();
        List<Integer> where = new ArrayList<>();
        synchronized (recent) {
            for (int i = 0; i < texts.size(); i++) {
                out[i] = recent.get(texts.get(i));
                if (out[i] == null) {
                    missing.add(texts.get(i));
                    where.add(i);
                }
            }
        }
        if (!missing.isEmpty()) {
            // embedded outside the lock: one slow draft must not hold up another thread's remembered vectors
            List<float[]> fresh = embedder.embed(missing);
            synchronized (recent) {
                for (int k = 0; k < fresh.size(); k++) {
                    out[where.get(k)] = fresh.get(k);
                    recent.put(missing.get(k), fresh.get(k));
                }
            }
        }
        return List.of(out);
    }
}
