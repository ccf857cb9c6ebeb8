package dev.rehearse.cli;

import dev.rehearse.config.ConfigException;
import dev.rehearse.knowledge.KnowledgeFolderException;
import dev.rehearse.search.IndexUnavailableException;
import dev.rehearse.search.eval.BeirFormatException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; each job is a subcommand calling the same services as the server. */
@Command(name = "rehearse",
        mixinStandardHelpOptions = true,
        version = "Rehearse 0.1.0",
        description = "A local-first interview answer coach grounded in your own notes.",
        subcommands = {
                ServeCommand.class,
                IndexCommand.class,
                SearchCommand.class,
                CritiqueCommand.class,
                EvalRetrievalCommand.class,
                CommandLine.HelpCommand.class
        })
public final class RehearseCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code; user errors print one line, never a stack trace. */
    public static int execute(String[] args) {
        return execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new RehearseCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("rehearse: " + userMessage(e));
            return e instanceof UserInputException ? 2 : 1;
        });
        return cli.execute(args);
    }

    /** Whether the command leaves a server running after it returns. */
    public static boolean keepsRunning(String[] args) {
        return args.length > 0 && args[0].equals("serve");
    }

    static String userMessage(Exception e) {
        if (e instanceof ConfigException || e instanceof KnowledgeFolderException || e instanceof UserInputException
                || e instanceof BeirFormatException || e instanceof IndexUnavailableException) {
            return e.getMessage();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "unexpected error: " + message;
    }
}
