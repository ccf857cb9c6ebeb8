package dev.rehearse.coach.report;

import java.util.List;

/** The follow-ups part of a critique, on its own: what {@code POST /api/followups} returns. */
public record FollowUpsReport(QuestionReport question, List<FollowUp> followUps) {

    public FollowUpsReport {
        followUps = List.copyOf(followUps);
    }
}
