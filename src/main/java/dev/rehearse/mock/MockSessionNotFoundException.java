package dev.rehearse.mock;

/** No session has the id asked for. */
public final class MockSessionNotFoundException extends RuntimeException {

    public MockSessionNotFoundException(String id) {
        super("no mock interview session with id \"" + PlanMaker.shorten(id) + "\"");
    }
}
