package dev.rehearse.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The companies the knowledge folder has research for. The candidate's folder is shared; each company has its own
 * research folder, {@code companies/<slug>/}. A folder in the older single-company layout ({@code candidate/} with
 * {@code company/}, or every file in one folder) is read as one company, named by its front matter.
 *
 * @param list the companies, by slug
 */
public record Companies(List<CompanyResearch> list) {

    /** The folder that holds one research folder per company. */
    public static final String FOLDER = "companies/";
    private static final String CANDIDATE = "candidate/";
    /** The candidate's own story file is never a company's research, wherever it sits. */
    private static final String STORIES = "stories.md";
    /** The slug of a single-company folder whose research names no company. */
    static final String UNNAMED = "company";

    public Companies {
        list = List.copyOf(list);
    }

    /** Groups the research files by company; the candidate's files belong to none. */
    static Companies of(Collection<ParsedFile> files) {
        Map<String, List<ParsedFile>> bySlug = new LinkedHashMap<>();
        List<ParsedFile> single = new ArrayList<>();
        files.stream().sorted(Comparator.comparing(ParsedFile::source)).forEach(f -> {
            Optional<String> folder = folderSlug(f.source());
            if (folder.isPresent()) {
                bySlug.computeIfAbsent(folder.get(), s -> new ArrayList<>()).add(f);
            } else if (isSingleLayoutResearch(f)) {
                single.add(f);
            }
        });
        List<CompanyResearch> out = new ArrayList<>();
        if (!single.isEmpty()) {
            Optional<Company> declared = Company.declaredIn(single);
            String slug = declared.map(c -> slug(c.name())).filter(s -> !s.isEmpty()).orElse(UNNAMED);
            if (bySlug.containsKey(slug)) {
                // the same company in both layouts: one company, its research in both places
                bySlug.get(slug).addAll(single);
            } else {
                out.add(research(slug, declared.map(Company::name).orElse(slug), single, declared.isPresent()));
            }
        }
        bySlug.forEach((slug, research) -> out.add(research(slug,
                Company.declaredIn(research).map(Company::name).orElse(slug), research, true)));
        out.sort(Comparator.comparing(CompanyResearch::slug));
        return new Companies(out);
    }

    private static CompanyResearch research(String slug, String name, List<ParsedFile> files, boolean named) {
        return new CompanyResearch(slug, name, files.stream().map(ParsedFile::source).toList(),
                files.stream().mapToInt(f -> f.passages().size()).sum(), named);
    }

    /** The company with this slug, or else this name, in any case. */
    public Optional<CompanyResearch> find(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        String wanted = slug.strip().toLowerCase(Locale.ROOT);
        return list.stream().filter(c -> c.slug().toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
                // the name as the research writes it ("TheyDo", "Northwind Freight") finds its company too
                .or(() -> list.stream().filter(c -> c.name().toLowerCase(Locale.ROOT).equals(wanted)
                        || slug(c.name()).equals(wanted)).findFirst());
    }

    public List<String> slugs() {
        return list.stream().map(CompanyResearch::slug).toList();
    }

    /**
     * The company a request without one is about: the one named in the settings when the folder has it, else the
     * only company, else the first by slug. Empty when the folder has no research at all.
     */
    public Optional<CompanyResearch> defaultCompany(Optional<String> configured) {
        return configured.flatMap(this::find).or(() -> list.stream().findFirst());
    }

    /** The company whose research {@code source} is, or empty for the candidate's files. */
    public Optional<String> companyOf(String source) {
        return list.stream().filter(c -> c.sources().contains(source)).map(CompanyResearch::slug).findFirst();
    }

    /** The research of another company than {@code slug}: what a search for {@code slug} leaves out. */
    public List<String> sourcesOutside(String slug) {
        return list.stream().filter(c -> !c.slug().equals(slug)).flatMap(c -> c.sources().stream()).toList();
    }

    /** "acme" for {@code companies/acme/data.md}; empty outside the companies folder. */
    static Optional<String> folderSlug(String source) {
        if (!source.startsWith(FOLDER)) {
            return Optional.empty();
        }
        int end = source.indexOf('/', FOLDER.length());
        return end <= FOLDER.length() ? Optional.empty() : Optional.of(source.substring(FOLDER.length(), end));
    }

    /** Research of the single-company layout: Markdown outside the candidate's folder, other than the story file. */
    private static boolean isSingleLayoutResearch(ParsedFile f) {
        String source = f.source();
        String name = source.substring(source.lastIndexOf('/') + 1);
        return f.file().isMarkdown() && !source.startsWith(CANDIDATE) && !source.startsWith(FOLDER)
                && !name.equalsIgnoreCase(STORIES);
    }

    /** "Acme & Co" → "acme-co": how a declared name becomes a slug. */
    public static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }
}
