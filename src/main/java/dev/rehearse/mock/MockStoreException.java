package dev.rehearse.mock;

/** The sessions' store cannot be used: the message names the problem and the file. */
public final class MockStoreException extends RuntimeException {

    public MockStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
