package dev.rehearse.cli;

import dev.rehearse.config.ConfigException;
import dev.rehearse.config.Env;
import dev.rehearse.knowledge.KnowledgeFolderException;
import dev.rehearse.search.IndexUnavailableException;
import dev.rehearse.search.eval.BeirFormatException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; each job is a subcommand calling the same services as the server. */
@Command(name = "rehearse",
        mixinStandardHelpOptions = true,
        resourceBundle = "dev.rehearse.cli.Messages",
        version = "Rehearse 0.1.0",
        description = "A local-first interview answer coach grounded in your own notes.",
        subcommands = {
                ServeCommand.class,
                IndexCommand.class,
                SearchCommand.class,
                CritiqueCommand.class,
                FollowUpsCommand.class,
                TieCommand.class,
                HistoryCommand.class,
                MockCommand.class,
                PlanCommand.class,
                EvalRetrievalCommand.class,
                CommandLine.HelpCommand.class
        })
public final class RehearseCommand implements Runnable {

    /** A Java class name with its colon, as {@code Throwable.toString()} puts it in front of a wrapped message. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error): ?");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The environment and {@code .env} the commands read their settings from; tests give their own. */
    private Supplier<Env> env = Env::load;

    Env env() {
        return env.get();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code; user errors print one line, never a stack trace. */
    public static int execute(String[] args) {
        return execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, Env::load);
    }

    /** As {@link #execute(String[], PrintWriter, PrintWriter)}, with the settings read from {@code env}. */
    static int execute(String[] args, PrintWriter out, PrintWriter err, Supplier<Env> env) {
        RehearseCommand top = new RehearseCommand();
        top.env = env;
        CommandLine cli = new CommandLine(top);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("rehearse: " + userMessage(e));
            return e instanceof UserInputException u ? u.exitCode() : 1;
        });
        return cli.execute(args);
    }

    /** Whether the command leaves a server running after it returns. */
    public static boolean keepsRunning(String[] args) {
        return args.length > 0 && args[0].equals("serve");
    }

    /** The one line printed for a failure: the message in plain words, never a Java class name. */
    static String userMessage(Exception e) {
        return CLASS_NAME.matcher(message(e)).replaceAll("");
    }

    private static String message(Exception e) {
        if (e instanceof ConfigException || e instanceof KnowledgeFolderException || e instanceof UserInputException
                || e instanceof BeirFormatException || e instanceof IndexUnavailableException) {
            return e.getMessage();
        }
        FileSystemException file = fileProblem(e);
        if (file != null) {
            return fileMessage(file);
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "unexpected error: " + message;
    }

    /** The file-system failure under {@code e}, if that is what stopped the command. */
    private static FileSystemException fileProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FileSystemException f) {
                return f;
            }
        }
        return null;
    }

    /**
     * A file-system failure in plain words: which file and why, without the exception's class name, which the
     * JDK puts in front of the reason when it wraps one exception in another.
     */
    static String fileMessage(FileSystemException e) {
        String file = e.getFile() == null ? "a file in the data folder" : e.getFile();
        String reason = e.getReason();
        if (e instanceof AccessDeniedException || reason == null || reason.isBlank()) {
            reason = e instanceof AccessDeniedException ? "permission denied" : "the file system refused";
        }
        return "cannot use " + file + ": " + reason.strip()
                + "; check that the data folder (--data-dir or REHEARSE_DATA_DIR) is writable";
    }
}
