package dev.rehearse.cli;

import dev.rehearse.coach.Coach;
import dev.rehearse.coach.CritiqueText;
import dev.rehearse.coach.DraftAnalyzer;
import dev.rehearse.coach.KnowledgeVocabulary;
import dev.rehearse.coach.LanguageCheckSetup;
import dev.rehearse.coach.language.EnglishVariant;
import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.coach.report.Critique;
import dev.rehearse.config.ConfigException;
import dev.rehearse.config.Env;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.http.Json;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.search.MiniLmEmbedder;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "critique", description = "Critique a draft answer offline: structure, evidence, delivery, "
        + "language, grounding in your notes, the company tie and likely follow-ups.")
final class CritiqueCommand implements Callable<Integer> {

    /** The same limits as the API, so the CLI and the page agree on what a draft is. */
    static final int MAX_DRAFT_CHARS = dev.rehearse.coach.InputLimits.MAX_DRAFT_CHARS;
    static final int MAX_QUESTION_CHARS = dev.rehearse.coach.InputLimits.MAX_QUESTION_CHARS;

    @Mixin
    FolderOptions folders;

    @Option(names = {"-q", "--question"}, required = true, description = "The interview question.")
    String question;

    @Option(names = {"-d", "--draft"}, required = true, paramLabel = "FILE|-",
            description = "The draft answer: a UTF-8 text file, or - to read standard input.")
    String draft;

    @Option(names = "--json", description = "Print the report as JSON, as the API returns it.")
    boolean json;

    @Option(names = "--language", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Check spelling and grammar (default; takes a few seconds to load). --no-language skips it.")
    boolean language;

    @Spec
    CommandSpec spec;

    InputStream stdin = System.in;

    @Override
    public Integer call() throws Exception {
        if (question.isBlank()) {
            throw new UserInputException("the question is empty");
        }
        if (question.length() > MAX_QUESTION_CHARS) {
            throw new UserInputException("the question is " + question.length() + " characters; the limit is " + MAX_QUESTION_CHARS);
        }
        String text = readDraft();
        if (text.isBlank()) {
            throw new UserInputException("the draft is empty");
        }
        if (text.length() > MAX_DRAFT_CHARS) {
            throw new UserInputException("the draft is " + text.length() + " characters; the limit is " + MAX_DRAFT_CHARS);
        }
        Env env = Env.load();
        EnglishVariant english = env.get("REHEARSE_ENGLISH").map(v -> EnglishVariant.parse(v).orElseThrow(() -> new ConfigException(
                "REHEARSE_ENGLISH must be one of " + EnglishVariant.choices() + ", got \"" + v + "\""))).orElse(EnglishVariant.BRITISH);
        ServerSettings settings = folders.resolve(env);
        Critique critique;
        try (KnowledgeIndex index = KnowledgeIndex.open(settings.knowledgeDir(), FolderOptions.indexDir(settings), new MiniLmEmbedder())) {
            LanguageChecker checker = language
                    ? LanguageCheckSetup.start(english, KnowledgeVocabulary.from(index.knowledge()))
                    : LanguageChecker.disabled(english, "switched off with --no-language");
            // a one-off run has nothing else to do meanwhile, so it waits for the spelling check
            checker.awaitReady(Duration.ofSeconds(60));
            Coach coach = new Coach(new DraftAnalyzer(checker, KnowledgeVocabulary.empty()), index);
            critique = coach.critique(question, text);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(critique));
        } else {
            out.print(CritiqueText.render(critique));
        }
        out.flush();
        return 0;
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
                throw new UserInputException("draft file not found: " + draft);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UserInputException("the draft is not UTF-8 text");
        }
    }
}
