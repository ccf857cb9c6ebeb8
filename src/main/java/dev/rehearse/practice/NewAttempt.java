package dev.rehearse.practice;

import dev.rehearse.coach.InputLimits;

/**
 * An attempt to be saved: what the candidate practised and the report they got back.
 *
 * @param questionId   id of the question in the notes' question bank; null for a free question
 * @param questionText the question as shown to the candidate (for {@code ask}, the question they asked)
 * @param draft        the candidate's answer; may be empty (an {@code ask} has no draft)
 * @param mode         which action produced the report
 * @param reportJson   the report as JSON text; the store keeps it as it is and never parses it
 * @param overallScore the report's overall score, 1 to 5; null when the mode gives none
 * @param modelNote    which provider and model wrote the report ("offline", "openai gpt-4o-mini"); may be null
 * @param company      the slug of the company the answer was practised for; null when the folder names none
 */
public record NewAttempt(String questionId, String questionText, String draft, PracticeMode mode,
                         String reportJson, Double overallScore, String modelNote, String company) {

    public static final double MIN_SCORE = 1.0;
    public static final double MAX_SCORE = 5.0;
    /**
     * The coach writes 20 to 60 thousand characters of report for the longest draft it accepts; this bound keeps
     * one attempt from taking the memory a whole history should, whatever reaches the store.
     */
    public static final int MAX_REPORT_CHARS = 1_000_000;
    /** Twice the longest draft and question the coach accepts: room for a limit raised later, not for a book. */
    public static final int MAX_TEXT_CHARS = 2 * InputLimits.MAX_DRAFT_CHARS;
    /** A company's slug is its folder's name. */
    public static final int MAX_COMPANY_CHARS = InputLimits.MAX_ID_CHARS;

    /** An attempt for no particular company: what a folder without company research saves. */
    public NewAttempt(String questionId, String questionText, String draft, PracticeMode mode,
                      String reportJson, Double overallScore, String modelNote) {
        this(questionId, questionText, draft, mode, reportJson, overallScore, modelNote, null);
    }

    public NewAttempt {
        questionId = questionId == null || questionId.isBlank() ? null : questionId.strip();
        company = company == null || company.isBlank() ? null : company.strip();
        requireAtMost("company", company, MAX_COMPANY_CHARS);
        if (questionText == null || questionText.isBlank()) {
            throw new InvalidAttemptException("questionText must not be empty");
        }
        if (draft == null) {
            throw new InvalidAttemptException("draft must be given (it may be empty)");
        }
        if (mode == null) {
            throw new InvalidAttemptException("mode must be given");
        }
        if (reportJson == null || reportJson.isBlank()) {
            throw new InvalidAttemptException("reportJson must not be empty");
        }
        requireAtMost("reportJson", reportJson, MAX_REPORT_CHARS);
        requireAtMost("draft", draft, MAX_TEXT_CHARS);
        requireAtMost("questionText", questionText, MAX_TEXT_CHARS);
        requireAtMost("modelNote", modelNote, MAX_TEXT_CHARS);
        if (overallScore != null && (overallScore.isNaN() || overallScore < MIN_SCORE || overallScore > MAX_SCORE)) {
            throw new InvalidAttemptException("overallScore must be between 1 and 5, got " + overallScore);
        }
        modelNote = modelNote == null || modelNote.isBlank() ? null : modelNote;
        requireWellFormed("questionId", questionId);
        requireWellFormed("questionText", questionText);
        requireWellFormed("draft", draft);
        requireWellFormed("reportJson", reportJson);
        requireWellFormed("modelNote", modelNote);
        requireWellFormed("company", company);
    }

    private static void requireAtMost(String field, String text, int max) {
        if (text != null && text.length() > max) {
            throw new AttemptTooLargeException(field + " is " + text.length() + " characters long; an attempt may store at most "
                    + max);
        }
    }

    /**
     * SQLite stores text as UTF-8, and a lone UTF-16 surrogate (which a JSON body may carry as {@code "\ud800"})
     * has no UTF-8 form: the driver would silently store a question mark instead. Refusing it keeps the rule
     * that what is acknowledged is what comes back.
     */
    private static void requireWellFormed(String field, String text) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw new InvalidAttemptException(field + " holds an unpaired surrogate at character " + i + " (not valid Unicode)");
            }
            if (Character.isLowSurrogate(c)) {
                throw new InvalidAttemptException(field + " holds an unpaired surrogate at character " + i + " (not valid Unicode)");
            }
        }
    }
}
