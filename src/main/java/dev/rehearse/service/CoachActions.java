package dev.rehearse.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.rehearse.coach.Coach;
import dev.rehearse.coach.report.CompanyTie;
import dev.rehearse.coach.report.Critique;
import dev.rehearse.coach.report.FollowUpsReport;
import dev.rehearse.llm.request.CoachRequest;
import dev.rehearse.llm.request.CritiqueFacts;
import dev.rehearse.llm.LlmCoach;
import dev.rehearse.llm.reply.LlmCompanyTie;
import dev.rehearse.llm.reply.LlmCritique;
import dev.rehearse.llm.settings.LlmDescription;
import dev.rehearse.llm.reply.LlmFailure;
import dev.rehearse.llm.reply.LlmFollowUps;
import dev.rehearse.llm.reply.LlmOutcome;
import dev.rehearse.llm.reply.LlmReply;
import dev.rehearse.practice.Attempt;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.practice.NewAttempt;
import dev.rehearse.practice.PracticeMode;
import java.util.Optional;
import java.util.function.Function;

/**
 * The three coaching actions in one piece: the offline coach first, its findings handed to the model as facts
 * (so the model spends its effort on judgement), the offline report alone when the model fails. When asked,
 * the result is kept in the history exactly as it is returned.
 */
final class CoachActions {

    private final CompanyScope companies;
    private final LlmCoach llm;
    private final LlmDescription model;
    private final AttemptStore attempts;
    private final SpokenDrafts spoken;

    CoachActions(CompanyScope companies, Optional<LlmCoach> llm, LlmDescription model, AttemptStore attempts, SpokenDrafts spoken) {
        this.companies = companies;
        this.llm = llm.orElse(null);
        this.model = model;
        this.attempts = attempts;
        this.spoken = spoken;
    }

    CoachResult<Critique, LlmCritique> critique(DraftRequest in) {
        CompanyScope.Scoped company = companies.resolve(in.company());
        Critique report = offline(in, company);
        CoachResult<Critique, LlmCritique> result = withModel(report, c -> c.critique(company.research(), facts(in, report)));
        return keep(in, company, PracticeMode.CRITIQUE, result, report.scores().overall());
    }

    CoachResult<FollowUpsReport, LlmFollowUps> followUps(DraftRequest in) {
        CompanyScope.Scoped company = companies.resolve(in.company());
        Coach coach = company.coach();
        FollowUpsReport report = coach.followUps(in.question(), in.draft());
        CoachResult<FollowUpsReport, LlmFollowUps> result = withModel(report,
                c -> c.followUps(company.research(), facts(in, coach.critique(in.question(), in.draft()))));
        return keep(in, company, PracticeMode.FOLLOWUPS, result, null);
    }

    CoachResult<CompanyTie, LlmCompanyTie> tie(DraftRequest in) {
        CompanyScope.Scoped company = companies.resolve(in.company());
        Coach coach = company.coach();
        CompanyTie report = coach.tie(in.question(), in.draft());
        CoachResult<CompanyTie, LlmCompanyTie> result = withModel(report,
                c -> c.companyTie(company.research(), facts(in, coach.critique(in.question(), in.draft()))));
        return keep(in, company, PracticeMode.TIE, result, null);
    }

    /** The offline report, for the streamed critique; a spoken draft's delivery is the one its recording measured. */
    Critique offline(DraftRequest in) {
        return offline(in, companies.resolve(in.company()));
    }

    private Critique offline(DraftRequest in, CompanyScope.Scoped company) {
        return company.coach().critique(in.question(), in.draft(), spoken.of(in));
    }

    /** Saves a streamed critique once it has ended, when the request asks for it; null when not saved. */
    Long keepStreamed(DraftRequest in, Critique offline, LlmReply<LlmCritique> reply, LlmFailure failure) {
        CoachResult<Critique, LlmCritique> kept = keep(in, companies.resolve(in.company()), PracticeMode.CRITIQUE,
                new CoachResult<>(offline, reply, failure, null),
                offline.scores().overall());
        return kept.attemptId();
    }

    static CoachRequest facts(DraftRequest in, Critique offline) {
        return new CoachRequest(in.question(), in.draft(), CritiqueFacts.of(offline));
    }

    private <O, L> CoachResult<O, L> withModel(O offline, Function<LlmCoach, LlmOutcome<L>> call) {
        if (llm == null) {
            return CoachResult.offlineOnly(offline);
        }
        LlmOutcome<L> outcome = call.apply(llm);
        return new CoachResult<>(offline, outcome.reply(), outcome.failure(), null);
    }

    /** Saves the result when the request asks for it; the score is the offline coach's, never the client's. */
    <O, L> CoachResult<O, L> keep(DraftRequest in, CompanyScope.Scoped company, PracticeMode mode, CoachResult<O, L> result,
                                  Double score) {
        if (!in.save()) {
            return result;
        }
        String json;
        try {
            json = Json.MAPPER.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the " + mode.wireName() + " result", e);
        }
        Attempt saved = attempts.save(new NewAttempt(in.questionId(), in.question(), in.draft(), mode, json, score,
                modelNote(result), company.slug()));
        return result.savedAs(saved.id());
    }

    /** Which coach wrote the result, for the history: the provider and model, or offline and why. */
    private String modelNote(CoachResult<?, ?> result) {
        if (result.llm() != null) {
            return model.provider() + " " + model.model();
        }
        if (result.llmNote() != null) {
            return "offline (" + result.llmNote().kind().wireName() + ")";
        }
        return "offline";
    }
}
