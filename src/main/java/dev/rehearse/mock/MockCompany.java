package dev.rehearse.mock;

import dev.rehearse.knowledge.KnowledgeBase;
import java.util.function.Supplier;

/**
 * The company a session is about, as the interviewer sees it: the candidate's shared notes and that company's research
 * alone. Looked up afresh for every step of a session, so an edit to the research is heard mid-session.
 *
 * @param slug      the company's slug, kept with the session; null when the folder holds no company research
 * @param name      its name as the research writes it, or blank when none is known
 * @param isDefault whether it is the company a request without one is about: sessions stored before sessions carried
 *                  a company count as its
 * @param critic    the offline coach over the candidate's notes and this company's research
 * @param plans     a plan maker over this company's question bank as it is now
 * @param knowledge the knowledge this company's interviewer may draw on, as it is now
 * @param attempts  saves an answer into its question's history, marked as this company's
 */
public record MockCompany(String slug, String name, boolean isDefault, Critic critic, Supplier<PlanMaker> plans,
                          Supplier<KnowledgeBase> knowledge, AttemptKeeper attempts) {

    public MockCompany {
        name = name == null ? "" : name.strip();
    }
}
