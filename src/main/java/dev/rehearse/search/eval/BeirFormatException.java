package dev.rehearse.search.eval;

/** A BEIR folder is missing a file or has a malformed line; the message names which. */
public class BeirFormatException extends RuntimeException {
    public BeirFormatException(String message) {
        super(message);
    }
}
