package dev.rehearse.llm.guard;

import dev.rehearse.text.NumberClaim;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the sources hold, in two kinds: the candidate's own material (the draft and the notes) and the company
 * research. Only the candidate's material backs a claim about the candidate; the research backs company facts.
 * Built once per knowledge snapshot and layered with a request's draft.
 */
public final class SourceFacts {

    private final List<Layer> layers;

    /** One text of a layer: its words and its number claims, kept together so a figure keeps its company. */
    private record Text(Set<String> words, List<Stated> numbers) {
    }

    /** A number claim with what its sentence says around it: the names, and whether it is a plan. */
    private record Stated(NumberClaim claim, Set<String> names, boolean plan) {
    }

    private record Layer(boolean research, Set<String> words, Set<String> stems, List<Text> texts, String phrases,
                         Set<String> employers, List<Set<String>> sentenceNames) {
    }

    private SourceFacts(List<Layer> layers) {
        this.layers = List.copyOf(layers);
    }

    /** The candidate's own material: the draft, the question, the notes. */
    public static SourceFacts of(Collection<String> texts) {
        return build(texts, false);
    }

    /** Company research: backs facts about the company, never the candidate's own results, roles or tools. */
    public static SourceFacts research(Collection<String> texts) {
        return build(texts, true);
    }

    private static SourceFacts build(Collection<String> texts, boolean research) {
        Set<String> words = new HashSet<>();
        Set<String> stems = new HashSet<>();
        List<Text> parts = new ArrayList<>();
        Set<String> employers = new HashSet<>();
        List<Set<String>> sentenceNames = new ArrayList<>();
        StringBuilder phrases = new StringBuilder(" ");
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Set<String> own = new HashSet<>();
            for (Words.Token t : Words.tokens(text)) {
                String lower = t.lower();
                words.add(lower);
                own.add(lower);
                stems.add(Words.stem(lower));
                phrases.append(lower).append(' ');
            }
            phrases.append("| ");
            List<Stated> numbers = new ArrayList<>();
            for (Sentence s : Sentence.split(text)) {
                sentenceNames.add(s.names());
                NumberClaim.findAll(s.text()).forEach(c -> numbers.add(new Stated(c, s.names(), s.hypothetical())));
            }
            parts.add(new Text(own, numbers));
            RoleClaims.employers(text).forEach(c -> employers.add(c.key()));
        }
        return new SourceFacts(List.of(new Layer(research, words, stems, parts, phrases.toString(), employers, sentenceNames)));
    }

    /** These sources and {@code more}. */
    public SourceFacts with(SourceFacts more) {
        List<Layer> all = new ArrayList<>(layers);
        all.addAll(more.layers);
        return new SourceFacts(all);
    }

    /**
     * Whether a source states the same claim. In text about the company any source backs it. Otherwise a research
     * figure backs only a sentence about the company: a name from the same research text beside it, and no "I" or
     * "my" unless the sentence imagines the job ("in my first six months at TheyDo, with 70% focus time, I would …").
     * The candidate's material backs the claim,
     * except that a figure the notes give with the company's name ("TheyDo works with over 100 …") does not back
     * "I've helped over 100 …".
     */
    boolean hasNumber(NumberClaim claim, Sentence sentence, boolean aboutCompany) {
        boolean aboutMe = sentence.firstPerson() && !sentence.hypothetical();
        for (Layer layer : layers) {
            for (Text text : layer.texts) {
                if (layer.research && !aboutCompany && (aboutMe || !sharesName(sentence, text))) {
                    continue;
                }
                for (Stated n : text.numbers) {
                    boolean companys = !aboutCompany && !layer.research && sentence.firstPerson()
                            && namesElsewhere(n.names(), sentence);
                    if (!companys && claim.supportedBy(n.claim(), n.plan() && sentence.hypothetical())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether {@code names} holds a name known to the research that {@code sentence} leaves out. */
    private boolean namesElsewhere(Set<String> names, Sentence sentence) {
        return names.stream().anyMatch(n -> !sentence.names().contains(n) && inResearch(n));
    }

    private static boolean sharesName(Sentence sentence, Text text) {
        return sentence.names().stream().anyMatch(text.words::contains);
    }

    /** Whether a research text holds {@code lower} together with another name of the sentence. */
    boolean researchBacks(String lower, Sentence sentence) {
        for (Layer layer : layers) {
            if (!layer.research) {
                continue;
            }
            for (Text text : layer.texts) {
                if (text.words.contains(lower)
                        && sentence.names().stream().anyMatch(n -> !n.equals(lower) && text.words.contains(n))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the word, a plural or singular of it, appears in any source. */
    boolean hasWord(String lower) {
        return layers.stream().anyMatch(l -> hasWord(l, lower));
    }

    /** Whether the word, a plural or singular of it, appears in the candidate's own material. */
    boolean hasOwnWord(String lower) {
        return layers.stream().anyMatch(l -> !l.research && hasWord(l, lower));
    }

    private static boolean hasWord(Layer layer, String lower) {
        return layer.words.contains(lower) || layer.words.contains(lower + "s") || layer.words.contains(lower + "es")
                || (lower.endsWith("s") && layer.words.contains(lower.substring(0, lower.length() - 1)));
    }

    boolean hasStem(String lower) {
        String stem = Words.stem(lower);
        return layers.stream().anyMatch(l -> l.stems.contains(stem));
    }

    /** Whether the words appear together, in this order, in one text of any source. */
    boolean hasPhrase(List<String> lowerWords) {
        String phrase = " " + String.join(" ", lowerWords) + " ";
        return layers.stream().anyMatch(l -> l.phrases.contains(phrase));
    }

    /** Whether the words appear together, in this order, in one text of the candidate's own material. */
    boolean hasOwnPhrase(List<String> lowerWords) {
        String phrase = " " + String.join(" ", lowerWords) + " ";
        return layers.stream().anyMatch(l -> !l.research && l.phrases.contains(phrase));
    }

    /** Whether the candidate's own material names {@code lower} as a place they worked. */
    boolean isEmployer(String lower) {
        return layers.stream().anyMatch(l -> !l.research && l.employers.contains(lower.toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether every sentence of the candidate's material that names {@code lower} also names something from the
     * research that {@code sentence} leaves out: "TheyDo's connector upserts by importKey" makes importKey the
     * company's, so "I built an upsert by importKey" claims the company's work as the candidate's.
     */
    boolean belongsToCompany(String lower, Sentence sentence) {
        boolean seen = false;
        for (Layer layer : layers) {
            if (layer.research) {
                continue;
            }
            for (Set<String> names : layer.sentenceNames) {
                if (!names.contains(lower)) {
                    continue;
                }
                seen = true;
                boolean attributed = names.stream().anyMatch(n -> !n.equals(lower) && !sentence.names().contains(n)
                        && inResearch(n));
                if (!attributed) {
                    return false;
                }
            }
        }
        return seen;
    }

    private boolean inResearch(String lower) {
        return layers.stream().anyMatch(l -> l.research && hasWord(l, lower));
    }
}
