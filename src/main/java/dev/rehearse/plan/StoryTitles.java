package dev.rehearse.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A story's title: a short noun phrase taken from its opening sentence, as a candidate would name the story to
 * themselves ("Rebuilding the PayPal ingestion pipeline", "Fully remote first role at GoPuff"), not the sentence
 * cut off after so many words. In order of preference:
 * <ol>
 *   <li>the project it was: a verb in -ing and its object, up to the first preposition or clause ("one project I
 *       worked on was rebuilding the PayPal ingestion pipeline for payments reporting");</li>
 *   <li>what the subject was: the subject of "was"/"is" with a short complement in front ("My first role at GoPuff
 *       was fully remote");</li>
 *   <li>the opening clause's first words, stopped before a word that cannot end a phrase.</li>
 * </ol>
 */
final class StoryTitles {

    static final int MAX_WORDS = 7;
    /** Words that end in -ing and are no verb, or are a verb that names no project. */
    private static final Set<String> NOT_A_PROJECT = Set.of("during", "nothing", "something", "anything", "everything",
            "morning", "evening", "thing", "things", "string", "bring", "spring", "king", "ring", "being", "going",
            "doing", "having", "getting", "trying", "saying", "thinking", "feeling", "seeing", "working");
    /** Where a noun phrase ends: a preposition, conjunction or relative word starts what it is for or about. */
    private static final Set<String> PHRASE_ENDS = Set.of("for", "to", "with", "at", "in", "on", "because", "so", "and",
            "but", "or", "which", "that", "who", "by", "from", "into", "when", "while", "as", "after", "before", "since",
            "than", "where", "was", "is", "were", "are");
    /** Words a title cannot end on: it would read as cut off. */
    private static final Set<String> DANGLING = Set.of("a", "an", "the", "my", "our", "of", "and", "or", "to", "for",
            "with", "at", "in", "on", "i", "we", "was", "is", "that", "which", "so", "but", "by", "from");
    private static final Pattern COPULA = Pattern.compile("^(.+?)\\s+(?:was|is|were|are)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSESSIVE = Pattern.compile("^(?:my|our|the)\\s+", Pattern.CASE_INSENSITIVE);

    private StoryTitles() {
    }

    static String of(String opening) {
        String clause = opening.split("[,;:—–(]|\\s-\\s")[0].replaceAll("[.!?…\"“”]+$", "").strip();
        String title = project(clause);
        if (title == null) {
            title = subject(clause);
        }
        if (title == null) {
            title = phrase(words(clause), 0);
        }
        return title.isEmpty() ? "Untitled story" : Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    private static String project(String clause) {
        List<String> words = words(clause);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).toLowerCase(Locale.ROOT);
            if (w.length() > 5 && w.endsWith("ing") && !NOT_A_PROJECT.contains(w) && i + 1 < words.size()) {
                String phrase = phrase(words, i);
                return phrase.split("\\s+").length >= 2 ? phrase : null;
            }
        }
        return null;
    }

    private static String subject(String clause) {
        Matcher m = COPULA.matcher(clause);
        if (!m.matches()) {
            return null;
        }
        List<String> subject = words(POSSESSIVE.matcher(m.group(1)).replaceFirst(""));
        List<String> complement = words(m.group(2));
        if (subject.isEmpty() || subject.size() > MAX_WORDS - 1 || subject.stream().anyMatch(w -> w.equalsIgnoreCase("I"))) {
            return null;
        }
        String lead = complement.size() <= 3 && complement.stream().noneMatch(w -> PHRASE_ENDS.contains(w.toLowerCase(Locale.ROOT)))
                ? String.join(" ", complement) + " " : "";
        return (lead + String.join(" ", subject)).strip();
    }

    /** From {@code from}, the words up to where the phrase ends, at most {@link #MAX_WORDS}, none dangling at the end. */
    private static String phrase(List<String> words, int from) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < words.size() && out.size() < MAX_WORDS; i++) {
            if (i > from && PHRASE_ENDS.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                break;
            }
            out.add(words.get(i));
        }
        while (out.size() > 1 && DANGLING.contains(out.get(out.size() - 1).toLowerCase(Locale.ROOT))) {
            out.remove(out.size() - 1);
        }
        return String.join(" ", out);
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
    }
}
