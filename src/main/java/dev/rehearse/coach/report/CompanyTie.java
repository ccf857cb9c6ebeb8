package dev.rehearse.coach.report;

import java.util.List;

/**
 * How the answer ties to the company's outcomes.
 *
 * @param company          the company's name as the knowledge folder writes it ("" when unknown)
 * @param research         the research passages most relevant to the question and draft
 * @param themesInResearch the company themes those passages speak to
 * @param themesInDraft    the company themes the draft already touches
 * @param missingThemes    themes of the retrieved research the draft does not touch
 * @param mentions         where the draft names the company or touches its themes
 * @param bridges          two or three sentences that would tie the answer in, each citing its passage
 * @param interviewerSaid  what the interviewer said that bears on the answer
 * @param tied             whether the draft ties to the company at all
 * @param summary          the tie in one sentence
 */
public record CompanyTie(String company, List<RelevantPassage> research, List<String> themesInResearch,
                         List<String> themesInDraft, List<String> missingThemes, List<CompanyMention> mentions,
                         List<Bridge> bridges, List<InterviewerNote> interviewerSaid, boolean tied, String summary) {

    public CompanyTie {
        research = List.copyOf(research);
        themesInResearch = List.copyOf(themesInResearch);
        themesInDraft = List.copyOf(themesInDraft);
        missingThemes = List.copyOf(missingThemes);
        mentions = List.copyOf(mentions);
        bridges = List.copyOf(bridges);
        interviewerSaid = List.copyOf(interviewerSaid);
    }
}
