package dev.rehearse.coach.followup;

import dev.rehearse.text.PhraseMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbers and names the candidate did not bring: those of the question ("six months" asked about) and
 * of the company research ("70 percent", the company's own connectors). A follow-up that asks "where
 * does that number come from?" or "why that tool?" about them would question the candidate about
 * someone else's facts.
 */
public final class ForeignWords {

    private final List<String> sources = new ArrayList<>();

    public ForeignWords(String question, List<String> researchTexts, String company) {
        sources.add(question == null ? "" : question);
        sources.addAll(researchTexts);
        if (company != null && !company.isBlank()) {
            sources.add(company);
        }
    }

    /** Whether the question, the research or the company's name holds {@code words} as whole words, any case. */
    public boolean contains(String words) {
        if (words == null || words.isBlank()) {
            return false;
        }
        PhraseMatcher m = PhraseMatcher.ignoringCase(List.of(words.strip()));
        return sources.stream().anyMatch(s -> !m.find(s).isEmpty());
    }
}
