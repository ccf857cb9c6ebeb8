package dev.rehearse.service;

import dev.rehearse.coach.report.Critique;
import dev.rehearse.llm.LlmCoach;
import dev.rehearse.llm.LlmCritique;
import dev.rehearse.llm.LlmFailure;
import dev.rehearse.llm.StreamHandle;
import dev.rehearse.llm.StreamListener;
import java.util.List;

/**
 * A streamed critique in two steps: the offline report, already made (so a failure of the offline coach is an
 * ordinary error, before any stream opens), and the model's part, started when the caller is ready to listen.
 */
public final class PendingCritique {

    private final Critique offline;
    private final DraftRequest request;
    private final LlmCoach llm;

    PendingCritique(Critique offline, DraftRequest request, LlmCoach llm) {
        this.offline = offline;
        this.request = request;
        this.llm = llm;
    }

    /** The offline coach's report: send it first. */
    public Critique offline() {
        return offline;
    }

    /**
     * Starts the model's critique, the offline findings handed to it as facts. Without a model the listener hears
     * its final call at once: the fallback saying the offline report is all there is.
     *
     * @return the call's handle, or null when the listener has already had its final call
     */
    public StreamHandle start(StreamListener<LlmCritique> listener) {
        if (llm == null) {
            listener.onError(LlmFailure.notConfigured(LlmCoach.OFFLINE_FALLBACK, List.of()));
            return null;
        }
        return llm.critique(CoachActions.facts(request, offline), listener);
    }
}
