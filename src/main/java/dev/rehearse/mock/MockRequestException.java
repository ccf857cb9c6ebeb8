package dev.rehearse.mock;

/** A request to the mock interview that names something wrong: a field out of range or an unknown question id. */
public final class MockRequestException extends RuntimeException {

    private final String field;

    public MockRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field as the API names it. */
    public String field() {
        return field;
    }
}
