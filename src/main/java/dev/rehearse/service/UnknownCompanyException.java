package dev.rehearse.service;

import java.util.List;

/** A company the knowledge folder has no research for: the message names it and the companies there are. */
public final class UnknownCompanyException extends RuntimeException {

    private final String asked;
    private final List<String> known;

    public UnknownCompanyException(String asked, List<String> known) {
        super("no company \"" + (asked.length() <= 60 ? asked : asked.substring(0, 60) + "…") + "\" in the knowledge folder; " + (known.isEmpty()
                ? "it holds no company research"
                : (known.size() == 1 ? "the one company is " : "the companies are ") + String.join(", ", known)));
        this.asked = asked;
        this.known = List.copyOf(known);
    }

    public String asked() {
        return asked;
    }

    /** The companies the folder has: each slug, with its name when that says more ("theydo (TheyDo)"). */
    public List<String> known() {
        return known;
    }
}
