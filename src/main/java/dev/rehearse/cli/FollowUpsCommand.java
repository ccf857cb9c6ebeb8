package dev.rehearse.cli;

import dev.rehearse.coach.report.FollowUp;
import dev.rehearse.coach.report.FollowUpsReport;
import dev.rehearse.llm.reply.LlmFollowUps;
import dev.rehearse.service.CoachResult;
import dev.rehearse.service.DraftRequest;
import dev.rehearse.service.RehearseService;
import picocli.CommandLine.Command;

@Command(name = "followups", description = "The follow-up questions an interviewer is likely to ask after this draft, "
        + "each with why and what in your notes to prepare from.")
final class FollowUpsCommand extends CoachingCommand<CoachResult<FollowUpsReport, LlmFollowUps>> {

    @Override
    CoachResult<FollowUpsReport, LlmFollowUps> run(RehearseService service, DraftRequest request) {
        return service.followUps(request);
    }

    @Override
    String text(CoachResult<FollowUpsReport, LlmFollowUps> result) {
        StringBuilder out = new StringBuilder("Likely follow-ups\n");
        for (FollowUp f : result.offline().followUps()) {
            out.append("  ").append(f.rank()).append(". ").append(f.question()).append('\n');
            out.append("     why: ").append(f.why()).append('\n');
            if (f.prepareFrom() != null) {
                out.append("     prepare from ").append(f.prepareFrom().citation()).append('\n');
            }
        }
        return out.toString();
    }
}
