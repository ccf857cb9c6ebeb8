package dev.rehearse.knowledge;

/** The knowledge folder is missing or unusable; the message is meant for the user. */
public class KnowledgeFolderException extends RuntimeException {
    public KnowledgeFolderException(String message) {
        super(message);
    }
}
