package dev.rehearse.llm.retrieval;

import dev.rehearse.knowledge.KnowledgeBase;
import java.util.function.Supplier;

/**
 * What one model call may read: the candidate's own notes, shared by every company, and the research of the one company
 * the call is about, with that company's name for the prompt. The whole index is the scope of a folder with at most
 * one company.
 *
 * @param slug      the company's slug; null for the whole index
 * @param company   the company's name as its research writes it; blank when none is known
 * @param search    the search over the candidate's notes and this company's research
 * @param knowledge the same knowledge as it is now, for the invention guard
 */
public record ResearchScope(String slug, String company, PassageSearch search, Supplier<KnowledgeBase> knowledge) {

    public ResearchScope {
        company = company == null ? "" : company.strip();
    }

    /** The whole index, naming no company: what a coach built without a company sees. */
    public static ResearchScope whole(PassageSearch search, Supplier<KnowledgeBase> knowledge) {
        return new ResearchScope(null, "", search, knowledge);
    }
}
