package dev.rehearse.coach.intent;

import java.util.Locale;

/** Why a sentence raised a red flag by meaning, in words a candidate can check against the sentence shown. */
public final class MeaningReason {

    private MeaningReason() {
    }

    /** "The marked sentence reads like “It wasn't really my fault.” (similarity 0.71)." */
    public static String of(FlagHit hit) {
        return "The marked sentence reads like “" + hit.nearest() + "” (similarity "
                + String.format(Locale.ROOT, "%.2f", hit.similarity()) + ").";
    }
}
