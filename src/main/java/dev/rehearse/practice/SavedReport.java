package dev.rehearse.practice;

import dev.rehearse.coach.report.Bridge;
import dev.rehearse.coach.report.CompanyTie;
import dev.rehearse.coach.report.Critique;
import dev.rehearse.coach.report.DimensionScore;
import dev.rehearse.coach.report.FollowUp;
import dev.rehearse.coach.report.FollowUpsReport;
import dev.rehearse.llm.reply.LlmAnswer;
import dev.rehearse.llm.reply.LlmCompanyTie;
import dev.rehearse.llm.reply.LlmCritique;
import dev.rehearse.llm.reply.LlmFailure;
import dev.rehearse.llm.reply.LlmFollowUps;
import java.util.List;

/**
 * A stored report read back into the coach's and the model's own types (see {@link SavedReports}), so the
 * prep pack reads the same records the server wrote and a renamed field fails loudly in the fixture tests
 * rather than reading as "nothing".
 */
public sealed interface SavedReport {

    /** The rubric's dimension scores, in rubric order; empty when the report has none. */
    default List<DimensionScore> dimensions() {
        return List.of();
    }

    /** The offline coach's follow-ups, most likely first; empty when the report has none. */
    default List<FollowUp> followUps() {
        return List.of();
    }

    /** The offline coach's company-tie sentences; empty when the report has none. */
    default List<Bridge> bridges() {
        return List.of();
    }

    /** A critique: the offline report, and the model's critique or why there is none (either may be null). */
    record CritiqueRun(Critique offline, LlmCritique llm, LlmFailure llmNote) implements SavedReport {
        /** A critique without its scores is not one: what the pack shows first would be missing. */
        public CritiqueRun {
            java.util.Objects.requireNonNull(offline.scores(), "the critique has no scores");
        }

        @Override
        public List<DimensionScore> dimensions() {
            return offline.scores().dimensions();
        }

        @Override
        public List<FollowUp> followUps() {
            return offline.followUps();
        }

        @Override
        public List<Bridge> bridges() {
            return offline.companyTie() == null ? List.of() : offline.companyTie().bridges();
        }
    }

    /** A follow-ups run. */
    record FollowUpsRun(FollowUpsReport offline, LlmFollowUps llm, LlmFailure llmNote) implements SavedReport {
        @Override
        public List<FollowUp> followUps() {
            return offline.followUps();
        }
    }

    /** A company-tie run. */
    record TieRun(CompanyTie offline, LlmCompanyTie llm, LlmFailure llmNote) implements SavedReport {
        @Override
        public List<Bridge> bridges() {
            return offline.bridges();
        }
    }

    /** An Ask run saved by an earlier version of the page: the model's answer, or the fallback. */
    record AskRun(LlmAnswer answer, LlmFailure fallback) implements SavedReport {
    }

    /** A report this version cannot read as its mode's types; {@code reason} says why, for the pack. */
    record Unreadable(String reason) implements SavedReport {
    }
}
