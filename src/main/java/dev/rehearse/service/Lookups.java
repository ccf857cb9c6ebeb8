package dev.rehearse.service;

import dev.rehearse.coach.InputLimits;
import dev.rehearse.coach.Coach;
import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.coach.report.QuestionReport;
import dev.rehearse.knowledge.PassageKind;
import dev.rehearse.knowledge.PracticeQuestion;
import dev.rehearse.llm.settings.LlmDescription;
import dev.rehearse.search.IndexStats;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.search.KnowledgeSearch;
import dev.rehearse.search.SearchHit;
import dev.rehearse.search.SearchQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the knowledge folder and the configuration can tell without coaching: search, passages, health, config. */
final class Lookups {

    private final KnowledgeIndex index;
    private final LanguageChecker language;
    private final LlmDescription model;
    private final Coach coach;

    Lookups(KnowledgeIndex index, LanguageChecker language, LlmDescription model, Coach coach) {
        this.index = index;
        this.language = language;
        this.model = model;
        this.coach = coach;
    }

    /** @param scope the company's view of the index, or null for the whole index */
    ApiViews.SearchResponse search(SearchQuery query, KnowledgeSearch scope) {
        InputCheck.required("q", query.text(), InputLimits.MAX_QUERY_CHARS);
        InputCheck.optional("source", query.sourcePrefix(), InputLimits.MAX_SOURCE_CHARS);
        List<SearchHit> hits = (scope == null ? index : scope).search(query);
        return new ApiViews.SearchResponse(query.text(), query.mode().wireName(),
                hits.stream().map(ApiViews.HitJson::of).toList());
    }

    Optional<ApiViews.PassageJson> passage(String id) {
        return index.passage(id).map(ApiViews.PassageJson::of);
    }

    ApiViews.QuestionsResponse questions() {
        List<PracticeQuestion> questions = index.knowledge().questions();
        return new ApiViews.QuestionsResponse(questions.size(), questions.stream().map(ApiViews.QuestionJson::of).toList());
    }

    ApiViews.HealthResponse health() {
        IndexStats stats = index.stats();
        Map<String, Long> counts = new LinkedHashMap<>();
        long total = 0;
        for (PassageKind kind : PassageKind.values()) {
            long n = stats.passagesByKind().getOrDefault(kind, 0L);
            counts.put(kind.wireName(), n);
            total += n;
        }
        Instant last = stats.lastSync();
        long age = last == null ? -1 : Math.max(0, Duration.between(last, Instant.now()).toSeconds());
        // status stays "ok" while the index is rebuilt: searches are served throughout
        String note = index.rebuildNote().orElse(null);
        return new ApiViews.HealthResponse("ok", total, counts, stats.files(), last == null ? null : last.toString(), age,
                note == null ? "ready" : "rebuilding", note, List.of());
    }

    /** @param company the company's name, or null to name the one the folder is about */
    ApiViews.ConfigResponse config(String company) {
        return new ApiViews.ConfigResponse(model.provider(), model.model(), model.baseUrl(), model.keySet(), model.model() == null,
                new ApiViews.Language(language.variant().code(), language.isReady(), !language.isReady() && language.isLoading()),
                new ApiViews.Limits(InputLimits.MAX_DRAFT_CHARS, InputLimits.MAX_QUESTION_CHARS),
                // asked on every request: the knowledge folder can change while the server runs
                new ApiViews.CompanyJson(company != null ? company : companyName().orElse(null)));
    }

    /** The company the knowledge folder is about, from its research's front matter or inferred from the files. */
    Optional<String> companyName() {
        return coach.vocabulary().companyName();
    }

    /** The question's type, rubric and length target, as a critique would report them. */
    QuestionReport classify(String question) {
        InputCheck.required("q", question, InputLimits.MAX_QUESTION_CHARS);
        return coach.classify(question);
    }
}
