package dev.rehearse.search;

/**
 * The index folder cannot be used (in use by another process, not a folder), or cannot answer for a moment
 * (being rebuilt after its folder was deleted, shutting down); the message is for the user.
 */
public class IndexUnavailableException extends RuntimeException {
    public IndexUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
