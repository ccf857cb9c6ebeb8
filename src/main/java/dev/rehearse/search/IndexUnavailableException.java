package dev.rehearse.search;

/** The index folder cannot be used at all (in use by another process, not a folder); the message is for the user. */
public class IndexUnavailableException extends RuntimeException {
    public IndexUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
