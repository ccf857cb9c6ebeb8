package dev.rehearse.service;

/** A company the knowledge folder has no research for. */
public final class UnknownCompanyException extends RuntimeException {

    public UnknownCompanyException(String asked, String known) {
        super("no company \"" + asked + "\" in the knowledge folder" + (known.isBlank() ? "" : "; the one company is " + known));
    }
}
