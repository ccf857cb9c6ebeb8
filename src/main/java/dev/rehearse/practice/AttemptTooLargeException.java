package dev.rehearse.practice;

/** A part of an attempt is longer than the store keeps: the HTTP layer answers 413, naming the part and the limit. */
public class AttemptTooLargeException extends InvalidAttemptException {
    public AttemptTooLargeException(String message) {
        super(message);
    }
}
