package dev.rehearse.voice;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The delivery figures of recent transcriptions, by a random id the page sends back with the draft. The server
 * owns what it measured: a critique of a spoken draft looks its figures up here, so a client can neither invent
 * a pace nor alter one. Held in memory only, the newest {@link #CAPACITY}: a figure is wanted minutes after the
 * recording, while the candidate reads and edits the transcript, and a restart simply asks them to record again.
 */
public final class SpokenAnswers {

    /** Far more recordings than one candidate makes in a sitting; the oldest are dropped first. */
    static final int CAPACITY = 256;

    private final Map<String, DeliveryFigures> figures = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, DeliveryFigures> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Keeps the figures and returns their id. */
    public synchronized String keep(DeliveryFigures spoken) {
        String id = UUID.randomUUID().toString();
        figures.put(id, spoken);
        return id;
    }

    /** The figures kept under this id; empty when there are none (never kept, dropped, or the server restarted). */
    public synchronized Optional<DeliveryFigures> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(figures.get(id));
    }
}
