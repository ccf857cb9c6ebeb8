package dev.rehearse.llm.guard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the candidate's own material holds: the words (for names) and the numbers, from the draft, the
 * notes and the research. Built once per knowledge snapshot and layered with a request's draft.
 */
public final class SourceFacts {

    private final List<Layer> layers;

    private record Layer(Set<String> words, Set<String> stems, List<NumberMention> numbers, String phrases) {
    }

    private SourceFacts(List<Layer> layers) {
        this.layers = List.copyOf(layers);
    }

    public static SourceFacts of(Collection<String> texts) {
        Set<String> words = new HashSet<>();
        Set<String> stems = new HashSet<>();
        List<NumberMention> numbers = new ArrayList<>();
        StringBuilder phrases = new StringBuilder(" ");
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (Words.Token t : Words.tokens(text)) {
                String lower = t.lower();
                words.add(lower);
                stems.add(Words.stem(lower));
                phrases.append(lower).append(' ');
            }
            phrases.append("| ");
            numbers.addAll(NumberMention.findAll(text));
        }
        return new SourceFacts(List.of(new Layer(words, stems, numbers, phrases.toString())));
    }

    /** These sources and {@code more}. */
    public SourceFacts with(SourceFacts more) {
        List<Layer> all = new ArrayList<>(layers);
        all.addAll(more.layers);
        return new SourceFacts(all);
    }

    boolean hasNumber(NumberMention mention) {
        for (Layer layer : layers) {
            for (NumberMention n : layer.numbers) {
                if (mention.supportedBy(n)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the word, a plural or singular of it, or a word with its stem appears. */
    boolean hasWord(String lower) {
        for (Layer layer : layers) {
            if (layer.words.contains(lower) || layer.words.contains(lower + "s") || layer.words.contains(lower + "es")
                    || (lower.endsWith("s") && layer.words.contains(lower.substring(0, lower.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    boolean hasStem(String lower) {
        String stem = Words.stem(lower);
        for (Layer layer : layers) {
            if (layer.stems.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words appear together, in this order, anywhere in one text. */
    boolean hasPhrase(List<String> lowerWords) {
        String phrase = " " + String.join(" ", lowerWords) + " ";
        for (Layer layer : layers) {
            if (layer.phrases.contains(phrase)) {
                return true;
            }
        }
        return false;
    }
}
