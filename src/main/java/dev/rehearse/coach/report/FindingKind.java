package dev.rehearse.coach.report;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a finding is about; the page colours highlights by it. */
public enum FindingKind {
    /** A number, with its unit when it has one. */
    NUMBER,
    /** A before → after pair or a relative change ("cut by 30%"). */
    CHANGE,
    /** A named system, tool, organisation or term. */
    NAME,
    /** A vague word or phrase. */
    VAGUE,
    /** An alternative weighed or a trade-off named. */
    TRADE_OFF,
    /** A constraint named. */
    CONSTRAINT,
    /** A hedge that softens a claim. */
    HEDGE,
    /** A filler word. */
    FILLER,
    /** A sentence where the candidate's own action is unclear. */
    UNCLEAR_OWNERSHIP,
    /** Passive voice. */
    PASSIVE,
    /** A sentence too long to say in one breath. */
    LONG_SENTENCE,
    /** A word of the draft that picks up a topic word of the question. */
    QUESTION_TERM,
    /** A mention of the company or of one of its themes (journeys, NPS …). */
    COMPANY,
    /** Markup (HTML tags or entities) pasted with the draft; ignored by the analysis. */
    MARKUP,
    /** A spelling mistake (LanguageTool). */
    SPELLING,
    /** A grammar mistake (LanguageTool). */
    GRAMMAR,
    /** A number of the draft checked against the candidate's notes: backed there, or to be ready to back. */
    NUMBER_CHECK;

    @JsonValue
    public String wireName() {
        return WireEnum.name(this);
    }
}
