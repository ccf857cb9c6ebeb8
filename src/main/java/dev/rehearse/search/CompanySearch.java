package dev.rehearse.search;

import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.Passage;
import java.util.List;
import java.util.Optional;

/**
 * The knowledge index as one company sees it: the candidate's files, shared by every company, and that company's
 * research; every other company's research is filtered out inside the search itself, so a search for k hits still
 * finds k. Asked of the index on every call, so a company folder added or edited while serving is seen at once.
 */
public final class CompanySearch implements KnowledgeSearch {

    private final KnowledgeIndex index;
    private final String slug;
    private volatile Scoped scoped;

    /** The view of one snapshot, kept while the snapshot is current: the coach compares snapshots by identity. */
    private record Scoped(KnowledgeBase whole, KnowledgeBase view, List<String> excluded) {
    }

    public CompanySearch(KnowledgeIndex index, String slug) {
        this.index = index;
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    @Override
    public KnowledgeBase knowledge() {
        return scoped().view();
    }

    @Override
    public Optional<Passage> passage(String id) {
        return id == null ? Optional.empty() : knowledge().passage(id);
    }

    @Override
    public List<SearchHit> search(SearchQuery q) {
        return index.search(q.excluding(scoped().excluded()));
    }

    @Override
    public List<SearchHit> search(SearchQuery q, boolean withSnippets) {
        return index.search(q.excluding(scoped().excluded()), withSnippets);
    }

    @Override
    public List<SearchHit> withSnippets(String text, List<SearchHit> hits) {
        return index.withSnippets(text, hits);
    }

    private Scoped scoped() {
        KnowledgeBase whole = index.knowledge();
        Scoped s = scoped;
        if (s == null || s.whole() != whole) {
            s = new Scoped(whole, whole.forCompany(slug), whole.companies().sourcesOutside(slug));
            scoped = s;
        }
        return s;
    }
}
