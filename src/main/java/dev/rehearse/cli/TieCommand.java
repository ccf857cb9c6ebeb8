package dev.rehearse.cli;

import dev.rehearse.coach.report.Bridge;
import dev.rehearse.coach.report.CompanyTie;
import dev.rehearse.coach.report.RelevantPassage;
import dev.rehearse.llm.reply.LlmCompanyTie;
import dev.rehearse.service.CoachResult;
import dev.rehearse.service.DraftRequest;
import dev.rehearse.service.RehearseService;
import picocli.CommandLine.Command;

@Command(name = "tie", description = "How the draft ties to the company's outcomes: the research it touches and "
        + "bridging sentences, each quoting one fact with its source.")
final class TieCommand extends CoachingCommand<CoachResult<CompanyTie, LlmCompanyTie>> {

    @Override
    CoachResult<CompanyTie, LlmCompanyTie> run(RehearseService service, DraftRequest request) {
        return service.tie(request);
    }

    @Override
    String text(CoachResult<CompanyTie, LlmCompanyTie> result) {
        CompanyTie tie = result.offline();
        StringBuilder out = new StringBuilder("Tie to ").append(tie.company().isEmpty() ? "the company" : tie.company())
                .append('\n').append("  ").append(tie.summary()).append('\n');
        if (!tie.bridges().isEmpty()) {
            out.append("Bridges\n");
            for (Bridge b : tie.bridges()) {
                out.append("  - ").append(b.sentence()).append(" (").append(b.citation().citation()).append(")\n");
            }
        }
        if (!tie.research().isEmpty()) {
            out.append("Research\n");
            for (RelevantPassage r : tie.research()) {
                out.append("  - ").append(r.passage().citation()).append(' ').append(r.passage().title()).append('\n');
            }
        }
        return out.toString();
    }
}
