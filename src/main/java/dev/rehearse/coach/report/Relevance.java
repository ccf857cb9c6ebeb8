package dev.rehearse.coach.report;

import java.util.List;

/**
 * Does the answer answer the question, and does it tie to the company?
 *
 * @param questionTerms   the question's topic words (scaffolding such as "walk me through" removed)
 * @param matchedTerms    those the draft picks up
 * @param missingTerms    those it does not
 * @param overlap         matched over all topic words, two decimals (1.0 when the question has none)
 * @param mentions        where the draft picks up each matched topic word (first time each)
 * @param companyMentions where the draft names the company or one of its themes
 * @param companyThemes   the company themes the draft touches (only themes found in the research)
 * @param match           how closely the draft's sentences match what the question asks, by meaning
 * @param interviewerPriorities what the interviewer said in reply to a question like this one, and whether the
 *                        draft builds on it (empty without the embedding model or without such a reply in the notes)
 */
public record Relevance(List<String> questionTerms, List<String> matchedTerms, List<String> missingTerms, double overlap,
                        List<PhraseFinding> mentions, List<CompanyMention> companyMentions, List<String> companyThemes,
                        QuestionMatch match, List<InterviewerPriority> interviewerPriorities) {

    public Relevance {
        questionTerms = List.copyOf(questionTerms);
        matchedTerms = List.copyOf(matchedTerms);
        missingTerms = List.copyOf(missingTerms);
        mentions = List.copyOf(mentions);
        companyMentions = List.copyOf(companyMentions);
        companyThemes = List.copyOf(companyThemes);
        interviewerPriorities = List.copyOf(interviewerPriorities);
    }
}
