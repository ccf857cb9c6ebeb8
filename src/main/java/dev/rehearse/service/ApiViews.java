package dev.rehearse.service;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PracticeQuestion;
import dev.rehearse.text.Words;
import dev.rehearse.search.SearchHit;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the lookups (search, passages, questions, health, config), shared by the API and the CLI. */
public final class ApiViews {

    private ApiViews() {
    }

    public record SearchResponse(String query, String mode, List<HitJson> hits) {
    }

    public record Lines(int start, int end) {
    }

    public record HitJson(String id, String source, Lines lines, String kind, String section, String title,
                   double score, String snippet, List<int[]> highlights, String text) {
        public static HitJson of(SearchHit hit) {
            Passage p = hit.passage();
            return new HitJson(p.id(), p.source(), new Lines(p.startLine(), p.endLine()), p.kind().wireName(),
                    p.section(), p.title(), hit.score(), hit.snippet(),
                    hit.highlights().stream().map(h -> new int[] {h.start(), h.end()}).toList(), p.text());
        }
    }

    public record PassageJson(String id, String source, Lines lines, String kind, String section, String title, String text,
                       String citation) {
        public static PassageJson of(Passage p) {
            return new PassageJson(p.id(), p.source(), new Lines(p.startLine(), p.endLine()), p.kind().wireName(),
                    p.section(), p.title(), p.text(), p.citation());
        }
    }

    public record QuestionJson(String id, String question, String answer, String source, Lines lines, String section,
                        int answerWords) {
        public static QuestionJson of(PracticeQuestion q) {
            return new QuestionJson(q.id(), q.question(), q.answer(), q.source(), new Lines(q.startLine(), q.endLine()),
                    q.section(), Words.count(q.answer()));
        }
    }

    public record QuestionsResponse(int count, List<QuestionJson> questions) {
    }

    /**
     * {@code status} stays "ok" while the index is rebuilt, since searches are served throughout; {@code index} is
     * "ready" or "rebuilding", and {@code indexNote} says why in plain words (null when ready).
     */
    public record HealthResponse(String status, long passages, Map<String, Long> passagesByKind, int files, String lastIndexed,
                          long indexAgeSeconds, String index, String indexNote, List<String> warnings) {

        public HealthResponse {
            warnings = List.copyOf(warnings);
        }

        /** The same answer with what the knowledge folder holds that could not be read, e.g. {@code stories.md} lines. */
        public HealthResponse withWarnings(List<String> more) {
            return new HealthResponse(status, passages, passagesByKind, files, lastIndexed, indexAgeSeconds, index, indexNote, more);
        }
    }

    /** {@code GET /api/config}: how the coach runs, never the key itself. */
    public record ConfigResponse(String provider, String model, String baseUrl, boolean keySet, boolean offline,
                                 Language language, Limits limits, CompanyJson company) {
    }

    /** {@code loading}: not ready yet but will be, so the page asks again until it is. */
    public record Language(String variant, boolean ready, boolean loading) {
    }

    /** The company's name, null when the knowledge folder names none (the page then says "the company"). */
    /** {@code GET /api/companies}: each company with its research's size, and the default's slug. */
    public record CompaniesResponse(List<CompanyEntry> companies, @JsonProperty("default") String defaultCompany) {
    }

    public record CompanyEntry(String slug, String name, int passages) {
    }

    public record CompanyJson(String name) {
    }

    public record Limits(int draftChars, int questionChars) {
    }
}
