package dev.rehearse.service;

import dev.rehearse.coach.Coach;
import dev.rehearse.knowledge.Companies;
import dev.rehearse.knowledge.CompanyResearch;
import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.llm.retrieval.ResearchScope;
import dev.rehearse.practice.HistoryScope;
import dev.rehearse.search.CompanySearch;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.search.KnowledgeSearch;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Which company a request is about, and the parts that see only its research: the coach (tie, follow-ups,
 * critique), the search and the knowledge. The candidate's files are every company's. The companies are read from
 * the index's current snapshot on every request, so a company folder added while serving is there at once.
 */
public final class CompanyScope {

    private final KnowledgeIndex index;
    private final Coach whole;
    private final Function<KnowledgeSearch, Coach> coachOver;
    private final Optional<String> configured;
    private final Map<String, Parts> parts = new ConcurrentHashMap<>();

    /** A company's view and the coach over it, kept across requests: each caches what it read of a snapshot. */
    private record Parts(CompanySearch search, Coach coach) {
    }

    /**
     * One company, resolved for one request.
     *
     * @param slug      the company's slug; null when the folder holds no company research
     * @param name      its name, or null
     * @param isDefault whether it is the company a request without one is about
     * @param coach     the coach that sees the candidate's files and this company's research
     * @param search    the search over the same
     */
    public record Scoped(String slug, String name, boolean isDefault, Coach coach, KnowledgeSearch search) {

        public KnowledgeBase knowledge() {
            return search.knowledge();
        }

        /** What a model call about this company may read, and the name it is told: never another company's research. */
        public ResearchScope research() {
            KnowledgeSearch view = search;
            // the model reads whole passages: the highlighted excerpts a search builds would be thrown away
            return new ResearchScope(slug, name, q -> view.search(q, false), view::knowledge);
        }

        /** The attempts this company's history shows: its own, and the default's older unmarked ones. */
        public HistoryScope history() {
            return HistoryScope.of(slug, isDefault);
        }
    }

    /**
     * @param whole      the coach over the whole index: the one company's when there is at most one
     * @param coachOver  builds a coach over a company's view, for a folder with several companies
     * @param configured the default company named in the settings ({@code REHEARSE_COMPANY}), if any
     */
    public CompanyScope(KnowledgeIndex index, Coach whole, Function<KnowledgeSearch, Coach> coachOver,
                        Optional<String> configured) {
        this.index = index;
        this.whole = whole;
        this.coachOver = coachOver;
        this.configured = configured.map(String::strip).filter(s -> !s.isEmpty());
    }

    /**
     * The company a request names (its slug, or its name), or the default when it names none.
     *
     * @throws UnknownCompanyException when the folder has no such company
     */
    public Scoped resolve(String company) {
        Companies companies = index.knowledge().companies();
        Optional<CompanyResearch> asked = Optional.empty();
        if (company != null && !company.isBlank()) {
            asked = Optional.of(companies.find(company)
                    .orElseThrow(() -> new UnknownCompanyException(company.strip(), known(companies))));
        }
        Optional<CompanyResearch> fallback = companies.defaultCompany(configured);
        CompanyResearch chosen = asked.or(() -> fallback).orElse(null);
        if (chosen == null) {
            return new Scoped(null, null, true, whole, index);
        }
        boolean isDefault = fallback.map(d -> d.slug().equals(chosen.slug())).orElse(false);
        String name = chosen.named() ? chosen.name() : whole.vocabulary().companyName().orElse(chosen.name());
        if (companies.list().size() == 1) {
            // one company sees everything there is: the whole index is its view, with no second copy of the coach
            return new Scoped(chosen.slug(), name, true, whole, index);
        }
        Parts p = parts.computeIfAbsent(chosen.slug(), slug -> {
            CompanySearch search = new CompanySearch(index, slug);
            return new Parts(search, coachOver.apply(search));
        });
        return new Scoped(chosen.slug(), name, isDefault, p.coach(), p.search());
    }

    /** "theydo (TheyDo)": each slug, with the name when it says more. */
    private static List<String> known(Companies companies) {
        return companies.list().stream()
                .map(c -> c.slug().equals(c.name()) ? c.slug() : c.slug() + " (" + c.name() + ")").toList();
    }

    /** Every company with its research's size, and the default: {@code GET /api/companies}. */
    public ApiViews.CompaniesResponse list() {
        Companies companies = index.knowledge().companies();
        return new ApiViews.CompaniesResponse(companies.list().stream()
                .map(c -> new ApiViews.CompanyEntry(c.slug(),
                        c.named() ? c.name() : whole.vocabulary().companyName().orElse(c.name()), c.passages()))
                .toList(), companies.defaultCompany(configured).map(CompanyResearch::slug).orElse(null));
    }
}
