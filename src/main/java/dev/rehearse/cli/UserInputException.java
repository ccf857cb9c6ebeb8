package dev.rehearse.cli;

/** A command was given input it cannot use; the message tells the user what to change. Exit code 2. */
public class UserInputException extends RuntimeException {
    public UserInputException(String message) {
        super(message);
    }
}
