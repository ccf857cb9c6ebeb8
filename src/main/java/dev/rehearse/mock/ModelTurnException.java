package dev.rehearse.mock;

/** A model call for an interviewer's turn that gave no usable reply; {@code reason} says why in a few words. */
public final class ModelTurnException extends RuntimeException {

    private final String reason;

    public ModelTurnException(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
