package dev.rehearse.coach;

import dev.rehearse.coach.report.CompanyTie;
import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.search.SearchHit;
import java.util.List;
import java.util.Set;

/**
 * What the follow-up generator reads for one draft.
 *
 * @param analysis       the draft's analysis (its question text and type, findings, sentences)
 * @param draft          the draft as analysed
 * @param tie            the company tie (the company's name)
 * @param notes          the notes' answers retrieved for the draft, best first
 * @param research       the research retrieved for the draft, best first
 * @param knowledge      the knowledge folder: the interviewer's replies, prepared questions, the user's probes
 * @param common         stems too common in the knowledge to tell topics apart
 * @param notesAnswer    the notes' own answer to the same question, or null
 * @param storyPassageId the notes passage holding the facts the draft left out (a concrete story), or null
 */
record FollowUpInput(DraftAnalysis analysis, String draft, CompanyTie tie, List<SearchHit> notes, List<SearchHit> research,
                     KnowledgeBase knowledge, Set<String> common, Passage notesAnswer, String storyPassageId) {

    FollowUpInput {
        notes = List.copyOf(notes);
        research = List.copyOf(research);
    }
}
