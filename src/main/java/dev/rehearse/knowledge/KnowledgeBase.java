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

    public KnowledgeBase(Collection<ParsedFile> parsed) {
        for (ParsedFile f : parsed) {
            files.put(f.source(), f);
            for (Passage p : f.passages()) {
                passagesById.putIfAbsent(p.id(), p);
            }
        }
        company = Company.declaredIn(files.values());
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
