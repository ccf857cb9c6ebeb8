package dev.rehearse.cli;

/**
 * A command was given input it cannot use; the message tells the user what to change. Exit code 2 for a usage
 * error (a bad or empty value), 1 for a file that is not there, as for a missing folder.
 */
public class UserInputException extends RuntimeException {

    private final int exitCode;

    public UserInputException(String message) {
        this(message, 2);
    }

    private UserInputException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** A file named on the command line does not exist: exit code 1. */
    public static UserInputException missingFile(String message) {
        return new UserInputException(message, 1);
    }

    public int exitCode() {
        return exitCode;
    }
}
