package dev.rehearse.coach.tie;

import dev.rehearse.coach.text.RuleFile;
import dev.rehearse.coach.text.Terms;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The concepts of tie-concepts.txt: groups of words that name the same idea ("resend", "idempotent",
 * "retries"), so a fact about re-sending a support log and a story about simpler retries are seen to
 * share something although they share no word.
 */
public final class TieConcepts {

    private final Map<String, String> conceptByStem = new HashMap<>();
    private final Set<String> notTopics = new java.util.HashSet<>();

    private TieConcepts(Map<String, List<String>> groups, List<String> notTopicLines) {
        for (String line : notTopicLines) {
            for (String word : line.split(",")) {
                notTopics.addAll(Terms.of(word.strip()));
                notTopics.add(Terms.stem(word.strip()));
            }
        }
        groups.forEach((name, values) -> {
            for (String word : values.get(0).split(",")) {
                String stem = Terms.stem(word.strip());
                if (!stem.isEmpty()) {
                    conceptByStem.putIfAbsent(stem, name);
                }
                // the stemmer may keep a word as written: look both forms up
                conceptByStem.putIfAbsent(word.strip().toLowerCase(java.util.Locale.ROOT), name);
            }
        });
    }

    public static TieConcepts load() {
        RuleFile file = RuleFile.load("tie-concepts.txt");
        return new TieConcepts(file.values("concepts"), file.lines("not topics"));
    }

    /** Stems that are never evidence that a fact fits ("instead", "same"). */
    public Set<String> notTopics() {
        return java.util.Collections.unmodifiableSet(notTopics);
    }

    /** How many distinct words of the text fall in the given concepts: how strongly it speaks to them. */
    public int hits(String text, java.util.Collection<String> wanted) {
        Set<String> words = new java.util.HashSet<>();
        for (String stem : Terms.of(text)) {
            if (wanted.contains(conceptByStem.get(stem))) {
                words.add(stem);
            }
        }
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
            if (word.contains("-") && wanted.contains(conceptByStem.get(word))) {
                words.add(word);
            }
        }
        return words.size();
    }

    /** The concept a stem belongs to, or null. */
    public String conceptOf(String stem) {
        return conceptByStem.get(stem);
    }

    /** The concepts the text names, in the order they first appear. */
    public Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String stem : Terms.of(text)) {
            String c = conceptByStem.get(stem);
            if (c != null) {
                out.add(c);
            }
        }
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
            String c = conceptByStem.get(word);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }
}
