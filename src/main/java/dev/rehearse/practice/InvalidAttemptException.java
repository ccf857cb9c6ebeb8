package dev.rehearse.practice;

/**
 * An attempt cannot be stored as given (a required field is missing, a score is out of range, text is not
 * well-formed Unicode). The message names the field and is meant for the user: the HTTP layer answers 400.
 */
public class InvalidAttemptException extends IllegalArgumentException {
    public InvalidAttemptException(String message) {
        super(message);
    }
}
