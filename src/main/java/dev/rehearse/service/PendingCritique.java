package dev.rehearse.service;

import dev.rehearse.coach.report.Critique;
import dev.rehearse.llm.LlmCoach;
import dev.rehearse.llm.reply.LlmCritique;
import dev.rehearse.llm.reply.LlmFailure;
import dev.rehearse.llm.reply.LlmReply;
import dev.rehearse.llm.call.StreamHandle;
import dev.rehearse.llm.call.StreamListener;
import dev.rehearse.llm.retrieval.ResearchScope;
import java.util.List;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A streamed critique in two steps: the offline report, already made (so a failure of the offline coach is an
 * ordinary error, before any stream opens), and the model's part, started when the caller is ready to listen.
 * When the request asks to save, the whole result is saved once the model's part has ended, before the listener
 * hears the end; a stream the client stops is not saved.
 */
public final class PendingCritique {

    private static final Logger log = LoggerFactory.getLogger(PendingCritique.class);

    private final Critique offline;
    /** What the model may read: the request's company's research and the shared notes. */
    private final ResearchScope research;
    private final DraftRequest request;
    private final LlmCoach llm;
    private final CoachActions actions;

    PendingCritique(Critique offline, DraftRequest request, ResearchScope research, LlmCoach llm, CoachActions actions) {
        this.offline = offline;
        this.research = research;
        this.request = request;
        this.llm = llm;
        this.actions = actions;
    }

    /** The offline coach's report: send it first. */
    public Critique offline() {
        return offline;
    }

    /**
     * Starts the model's critique, the offline findings handed to it as facts. Without a model the listener hears
     * its final call at once: the fallback saying the offline report is all there is (saved as the offline
     * report alone).
     *
     * @param saved told the saved attempt's id, just before the listener's final call, when the result was saved
     * @return the call's handle, or null when the listener has already had its final call
     */
    public StreamHandle start(StreamListener<LlmCritique> listener, LongConsumer saved) {
        if (llm == null) {
            keep(null, null, saved);
            listener.onError(LlmFailure.notConfigured(LlmCoach.OFFLINE_FALLBACK, List.of()));
            return null;
        }
        return llm.critique(research, CoachActions.facts(request, offline), new StreamListener<>() {
            @Override
            public void onToken(String text) {
                listener.onToken(text);
            }

            @Override
            public void onComplete(LlmReply<LlmCritique> reply) {
                keep(reply, null, saved);
                listener.onComplete(reply);
            }

            @Override
            public void onError(LlmFailure failure) {
                keep(null, failure, saved);
                listener.onError(failure);
            }
        });
    }

    private void keep(LlmReply<LlmCritique> reply, LlmFailure failure, LongConsumer saved) {
        Long id;
        try {
            id = actions.keepStreamed(request, offline, reply, failure);
        } catch (RuntimeException e) {
            // the critique itself is still good: the client hears it, with no saved event to say it was kept
            log.warn("A streamed critique could not be saved to the history: {}", e.getMessage());
            return;
        }
        if (id != null) {
            saved.accept(id);
        }
    }
}
