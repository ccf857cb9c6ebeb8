package dev.rehearse.coach.report;

import dev.rehearse.coach.text.Span;

/** Something the analysis found at a place in the draft; score reasons cite findings by id. */
public interface Finding {
    /** Stable within one report: the kind and a running number ("vague-2"). */
    String id();

    FindingKind kind();

    Span span();

    String message();
}
