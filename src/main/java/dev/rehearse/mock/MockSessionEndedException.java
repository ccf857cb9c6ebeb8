package dev.rehearse.mock;

/** An answer to a session that has already ended: its debrief is final. */
public final class MockSessionEndedException extends RuntimeException {

    public MockSessionEndedException(String id) {
        super("the mock interview session \"" + id + "\" has ended; start a new one with POST /api/mock");
    }
}
