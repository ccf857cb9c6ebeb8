package dev.rehearse.cli;

import dev.rehearse.RehearseApp;
import dev.rehearse.coach.CritiqueText;
import dev.rehearse.coach.report.Critique;
import dev.rehearse.config.Env;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.llm.reply.LlmCritique;
import dev.rehearse.service.CoachResult;
import dev.rehearse.service.DraftRequest;
import dev.rehearse.service.InvalidInputException;
import dev.rehearse.service.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "critique", description = "Critique a draft answer: structure, evidence, delivery, language, grounding "
        + "in your notes, the company tie and likely follow-ups; with a configured model, its judgement too.")
final class CritiqueCommand implements Callable<Integer> {

    @Mixin
    FolderOptions folders;

    @Option(names = {"-q", "--question"}, required = true, description = "The interview question.")
    String question;

    @Option(names = {"-d", "--draft"}, required = true, paramLabel = "FILE|-",
            description = "The draft answer: a UTF-8 text file, or - to read standard input.")
    String draft;

    @Option(names = "--json", description = "Print the result as JSON, as POST /api/critique returns it.")
    boolean json;

    @Option(names = "--offline", description = "Skip the configured language model: the offline coach only.")
    boolean offline;

    @Option(names = "--language", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Check spelling and grammar (default; takes a few seconds to load). --no-language skips it.")
    boolean language;

    @ParentCommand
    RehearseCommand parent;

    @Spec
    CommandSpec spec;

    InputStream stdin = System.in;

    @Override
    public Integer call() throws Exception {
        DraftRequest request = request(question, readDraft());
        Env env = parent.env();
        ServerSettings settings = folders.resolve(env);
        CoachResult<Critique, LlmCritique> result;
        try (RehearseApp.Standalone app = RehearseApp.standalone(settings, env, EmbeddingSetting.load(env), language, offline)) {
            result = app.service().critique(request);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(result));
        } else {
            out.print(CritiqueText.render(result.offline()));
            out.print(ModelText.render(result.llm(), result.llmNote()));
        }
        out.flush();
        return 0;
    }

    /** The service's request, its checks worded for a command line, where the fields are flags. */
    private static DraftRequest request(String question, String draft) {
        try {
            return DraftRequest.of(question, draft);
        } catch (InvalidInputException e) {
            String name = "the " + e.field();
            throw new UserInputException(e.problem() == InvalidInputException.Problem.TOO_LONG
                    ? name + " is " + e.length() + " characters; the limit is " + e.limit()
                    : name + " is empty");
        }
    }

    private String readDraft() throws IOException {
        byte[] bytes;
        if (draft.equals("-")) {
            bytes = stdin.readAllBytes();
        } else {
            Path file = Path.of(draft);
            if (Files.isDirectory(file)) {
                throw new UserInputException("the draft " + draft + " is a folder; give a text file or -");
            }
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                throw UserInputException.missingFile("draft file not found: " + draft);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UserInputException("the draft is not UTF-8 text");
        }
    }
}
