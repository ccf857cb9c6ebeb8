package dev.rehearse.service;

import dev.rehearse.coach.Coach;
import dev.rehearse.coach.report.QuestionReport;
import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.coach.report.CompanyTie;
import dev.rehearse.coach.report.Critique;
import dev.rehearse.coach.report.FollowUpsReport;
import dev.rehearse.llm.reply.LlmAnswer;
import dev.rehearse.llm.LlmCoach;
import dev.rehearse.llm.reply.LlmCompanyTie;
import dev.rehearse.llm.reply.LlmCritique;
import dev.rehearse.llm.reply.LlmFollowUps;
import dev.rehearse.llm.settings.LlmSettings;
import dev.rehearse.llm.call.StreamHandle;
import dev.rehearse.llm.call.StreamListener;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.search.SearchQuery;
import dev.rehearse.voice.SpokenAnswers;
import java.util.Optional;

/**
 * Every user action, once: the HTTP controllers and the CLI commands call only this, then render. The parts are
 * built by the composition root ({@code RehearseApp}) and handed in; this class assembles nothing itself.
 */
public final class RehearseService {

    private final CoachActions coach;
    private final ModelStreams streams;
    private final Lookups lookups;
    private final AttemptStore attempts;
    private final SpokenDrafts spoken;
    private final MockService mock;
    private final AnalysisDeadline analyses;
    private final CompanyScope companies;

    /**
     * @param index       the knowledge index: search, passages, the question bank
     * @param coach       the offline coach
     * @param language    the spelling and grammar check the coach uses, for its status
     * @param llmSettings the model settings as configured (provider {@code none} when there is none)
     * @param llm         the LLM coach, present when a provider is configured
     * @param attempts    the practice history
     * @param mock        the mock interview
     * @param analyses    the time each request's analysis is given, and the way to stop them all
     * @param spoken      what {@code POST /api/transcribe} measured, shared with the mock interview's spoken answers
     * @param companies   which company a request is about, and the coach that sees only its research
     */
    public RehearseService(KnowledgeIndex index, Coach coach, LanguageChecker language, LlmSettings llmSettings,
                           Optional<LlmCoach> llm, AttemptStore attempts, MockService mock, AnalysisDeadline analyses,
                           SpokenDrafts spoken, CompanyScope companies) {
        this.analyses = analyses;
        this.spoken = spoken;
        this.companies = companies;
        this.coach = new CoachActions(companies, llm, llmSettings.describe(), attempts, spoken);
        this.streams = new ModelStreams(llm, companies, this.coach);
        this.lookups = new Lookups(index, language, llmSettings.describe(), coach);
        this.attempts = attempts;
        this.mock = mock;
    }

    /** Where {@code POST /api/transcribe} keeps what it measured, for the critique of the draft it gives. */
    public SpokenAnswers spokenAnswers() {
        return spoken.answers();
    }

    /** The full critique; with a model, its judgement beside the offline report. Saved when the request asks. */
    public CoachResult<Critique, LlmCritique> critique(DraftRequest request) {
        return coach.critique(request);
    }

    /** The follow-up questions an interviewer is likely to ask. Saved when the request asks. */
    public CoachResult<FollowUpsReport, LlmFollowUps> followUps(DraftRequest request) {
        return coach.followUps(request);
    }

    /** How the answer ties to the company's outcomes. Saved when the request asks. */
    public CoachResult<CompanyTie, LlmCompanyTie> tie(DraftRequest request) {
        return coach.tie(request);
    }

    /** The critique as a stream: the offline report at once, then the model's tokens and result (or a fallback). */
    public PendingCritique critiqueStream(DraftRequest request) {
        return streams.critique(request);
    }

    /** A question about the notes and the request's company's research, answered in one piece. */
    public AskResult ask(AskRequest request) {
        return streams.ask(request);
    }

    /**
     * A question about the notes, answered as a stream.
     *
     * @return the call's handle, or null when the listener has already had its final call (no model)
     */
    public StreamHandle ask(AskRequest request, StreamListener<LlmAnswer> listener) {
        return streams.ask(request, listener);
    }

    public ApiViews.SearchResponse search(SearchQuery query) {
        return lookups.search(query, null);
    }

    /** A search that sees the candidate's files and one company's research (the default company's when null). */
    public ApiViews.SearchResponse search(SearchQuery query, String company) {
        return lookups.search(query, companies.resolve(company).search());
    }

    public Optional<ApiViews.PassageJson> passage(String id) {
        return lookups.passage(id);
    }

    public ApiViews.QuestionsResponse questions() {
        return lookups.questions();
    }

    public ApiViews.HealthResponse health() {
        return lookups.health();
    }

    public ApiViews.ConfigResponse config() {
        return config(null);
    }

    /** The configuration, naming the company asked for (the default company when null). */
    public ApiViews.ConfigResponse config(String company) {
        return lookups.config(companies.resolve(company).name());
    }

    /** Which company a request is about: the one it names, or the default. */
    public CompanyScope companies() {
        return companies;
    }

    /** The company the knowledge folder is about, when it names or implies one. */
    public Optional<String> companyName() {
        return lookups.companyName();
    }

    /** The question's type, rubric and length target, without a draft: cheap enough for every keystroke's pause. */
    public QuestionReport classify(String question) {
        return lookups.classify(question);
    }

    /** The time a request's analysis may take, and the analyses running now: the server runs each under it. */
    public AnalysisDeadline analyses() {
        return analyses;
    }

    /** The practice history, for the history pages' own routes. */
    public AttemptStore attempts() {
        return attempts;
    }

    /** The mock interview, a facade of its own. */
    public MockService mock() {
        return mock;
    }
}
