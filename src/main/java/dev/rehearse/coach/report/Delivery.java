package dev.rehearse.coach.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How the answer will sound.
 *
 * @param wordCount       words in the draft (markup not counted)
 * @param sentenceCount   sentences and bullets
 * @param speakingSeconds the time to say it at the target's words a minute, or as measured when it was spoken
 * @param target          the type's target length
 * @param length          the length against the target
 * @param hedges          hedges ("I think", "kind of" …)
 * @param fillers         fillers ("basically", "just", filler "like" …)
 * @param longSentences   sentences over the long-sentence limit
 * @param spoken          what was measured of the recording the draft came from; null for a typed draft
 */
public record Delivery(int wordCount, int sentenceCount, int speakingSeconds, LengthTarget target, LengthVerdict length,
                       List<PhraseFinding> hedges, List<PhraseFinding> fillers, List<PhraseFinding> longSentences,
                       @JsonInclude(JsonInclude.Include.NON_NULL) SpokenDelivery spoken) {

    public Delivery {
        hedges = List.copyOf(hedges);
        fillers = List.copyOf(fillers);
        longSentences = List.copyOf(longSentences);
    }

    /** A typed draft's delivery: the speaking time is an estimate. */
    public Delivery(int wordCount, int sentenceCount, int speakingSeconds, LengthTarget target, LengthVerdict length,
                    List<PhraseFinding> hedges, List<PhraseFinding> fillers, List<PhraseFinding> longSentences) {
        this(wordCount, sentenceCount, speakingSeconds, target, length, hedges, fillers, longSentences, null);
    }
}
