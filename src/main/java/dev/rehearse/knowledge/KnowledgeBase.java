package dev.rehearse.knowledge;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An immutable snapshot of the parsed knowledge folder: files, passages and the question bank. */
public final class KnowledgeBase {

    private final Map<String, ParsedFile> files = new LinkedHashMap<>();
    private final Map<String, Passage> passagesById = new LinkedHashMap<>();
    private final Optional<Company> company;
    private final Companies companies;

    public KnowledgeBase(Collection<ParsedFile> parsed) {
        this(parsed, null);
    }

    /** @param company the company this view is about, or null to take the one the front matter declares */
    private KnowledgeBase(Collection<ParsedFile> parsed, Company company) {
        for (ParsedFile f : parsed) {
            files.put(f.source(), f);
            for (Passage p : f.passages()) {
                passagesById.putIfAbsent(p.id(), p);
            }
        }
        this.company = company != null ? Optional.of(company) : Company.declaredIn(files.values());
        companies = Companies.of(files.values());
    }

    public static KnowledgeBase empty() {
        return new KnowledgeBase(List.of());
    }

    public Collection<ParsedFile> files() {
        return files.values();
    }

    public Optional<ParsedFile> file(String source) {
        return Optional.ofNullable(files.get(source));
    }

    public List<Passage> passages() {
        return List.copyOf(passagesById.values());
    }

    public Optional<Passage> passage(String id) {
        return Optional.ofNullable(passagesById.get(id));
    }

    public List<PracticeQuestion> questions() {
        return files.values().stream().flatMap(f -> f.questions().stream()).toList();
    }

    /** The company the research's front matter names ({@code company: Acme}), if any file names one. */
    public Optional<Company> company() {
        return company;
    }

    /** The companies the research is about, each with its files; the candidate's files belong to none. */
    public Companies companies() {
        return companies;
    }

    /**
     * The knowledge as one company sees it: the candidate's files, shared by every company, and that company's
     * research alone, with the company named by its folder (its front matter, else its slug). An unknown slug
     * leaves the candidate's files only.
     */
    public KnowledgeBase forCompany(String slug) {
        Optional<CompanyResearch> research = companies.find(slug);
        List<ParsedFile> kept = files.values().stream().filter(f -> companies.companyOf(f.source())
                .map(owner -> research.isPresent() && owner.equals(research.get().slug())).orElse(true)).toList();
        Company named = research.filter(CompanyResearch::named)
                .map(r -> new Company(r.name(), r.sources().isEmpty() ? r.slug() : r.sources().get(0))).orElse(null);
        return new KnowledgeBase(kept, named);
    }

    /** A copy with one file replaced, added or (when {@code replacement} is null) removed. */
    public KnowledgeBase with(String source, ParsedFile replacement) {
        Map<String, ParsedFile> copy = new LinkedHashMap<>(files);
        if (replacement == null) {
            copy.remove(source);
        } else {
            copy.put(source, replacement);
        }
        return new KnowledgeBase(copy.values());
    }

    public long count(PassageKind kind) {
        return passagesById.values().stream().filter(p -> p.kind() == kind).count();
    }
}
