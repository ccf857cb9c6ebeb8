package dev.rehearse.llm.transport;

/** The model server sent a stream line or event past the size Rehearse reads; the call was stopped. */
public class UpstreamOversizeException extends UpstreamIoException {

    private final String reason;

    public UpstreamOversizeException(String target, String reason, Throwable cause) {
        super(target + " sent a stream Rehearse will not read: " + reason, cause);
        this.reason = reason;
    }

    /** What was too large, e.g. "a line of the stream passed 256 KB". */
    public String reason() {
        return reason;
    }
}
