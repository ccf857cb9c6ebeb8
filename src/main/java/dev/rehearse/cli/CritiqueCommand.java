package dev.rehearse.cli;

import dev.rehearse.coach.CritiqueText;
import dev.rehearse.coach.report.Critique;
import dev.rehearse.llm.reply.LlmCritique;
import dev.rehearse.service.CoachResult;
import dev.rehearse.service.DraftRequest;
import dev.rehearse.service.RehearseService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "critique", description = "Critique a draft answer: structure, evidence, delivery, language, grounding "
        + "in your notes, the company tie and likely follow-ups; with a configured model, its judgement too.")
final class CritiqueCommand extends CoachingCommand<CoachResult<Critique, LlmCritique>> {

    @Option(names = "--language", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Check spelling and grammar (default; takes a few seconds to load). --no-language skips it.")
    boolean language;

    @Override
    CoachResult<Critique, LlmCritique> run(RehearseService service, DraftRequest request) {
        return service.critique(request);
    }

    @Override
    String text(CoachResult<Critique, LlmCritique> result) {
        return CritiqueText.render(result.offline()) + ModelText.render(result.llm(), result.llmNote());
    }

    @Override
    boolean spelling() {
        return language;
    }
}
