package dev.rehearse.coach.roles;

import dev.rehearse.coach.text.PhraseList;
import dev.rehearse.coach.text.RuleFile;
import dev.rehearse.coach.text.WeightedCues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The cue-word feature group of the role classifier: how strongly a sentence shows each part's cue words (the
 * structure cues of the coach's frameworks), whether it states an outcome, speaks in the first person, holds a
 * number or hedges. These are one group of features next to the sentence's embedding, so a sentence without any
 * cue word still gets its role from what it means. Pure and thread-safe.
 */
public final class RoleCues {

    /** Structure-cue sections used as features, by the feature name they give. */
    private static final Map<String, String> CUE_SECTIONS = cueSections();
    /** A cue total at or above this reads as "certainly shows the part"; the feature saturates there. */
    private static final double CUE_SATURATION = 6.0;
    private static final Pattern FIRST_SINGULAR = Pattern.compile("\\b(?:I|I'm|I've|I'd|my|me|myself)\\b");
    private static final Pattern FIRST_PLURAL = Pattern.compile("(?i)\\b(?:we|we're|we've|our|us)\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d");
    private static volatile RoleCues shared;

    private final Map<String, WeightedCues> cues = new LinkedHashMap<>();
    private final PhraseList hedges;
    private final OutcomePatterns outcomes;
    private final String version;

    private RoleCues(RuleFile structure, RuleFile hedgeFile, OutcomePatterns outcomes, String version) {
        CUE_SECTIONS.forEach((feature, section) ->
                cues.put(feature, WeightedCues.of(structure.name(), section, structure.lines(section))));
        this.hedges = PhraseList.of(concat(hedgeFile.lines("hedge"), hedgeFile.lines("filler")));
        this.outcomes = outcomes;
        this.version = version;
    }

    /** The cues of the coach's rule files, parsed once. */
    public static RoleCues shared() {
        RoleCues c = shared;
        if (c == null) {
            synchronized (RoleCues.class) {
                c = shared;
                if (c == null) {
                    c = new RoleCues(RuleFile.load("structure-cues.txt"), RuleFile.load("hedges.txt"), OutcomePatterns.shared(),
                            RoleResources.digest("structure-cues.txt", "hedges.txt", "outcome-patterns.txt"));
                    shared = c;
                }
            }
        }
        return c;
    }

    /** The names of the features {@link #features} gives, always the same and in the same order. */
    public List<String> names() {
        List<String> names = new java.util.ArrayList<>(cues.keySet());
        names.addAll(List.of("cue:outcome", "cue:first-singular", "cue:first-plural", "cue:number", "cue:question", "cue:hedge", "cue:short"));
        return names;
    }

    /** The cue features of one sentence, each between 0 and 1, in the order of {@link #names}. */
    public double[] features(String sentence) {
        double[] out = new double[cues.size() + 7];
        int i = 0;
        for (WeightedCues c : cues.values()) {
            out[i++] = Math.min(1.0, WeightedCues.total(c.hits(sentence)) / CUE_SATURATION);
        }
        out[i++] = outcomes.states(sentence) ? 1 : 0;
        out[i++] = FIRST_SINGULAR.matcher(sentence).find() ? 1 : 0;
        out[i++] = FIRST_PLURAL.matcher(sentence).find() ? 1 : 0;
        out[i++] = NUMBER.matcher(sentence).find() ? 1 : 0;
        out[i++] = sentence.strip().endsWith("?") ? 1 : 0;
        out[i++] = hedges.find(sentence).isEmpty() ? 0 : 1;
        out[i] = sentence.strip().split("\\s+").length < 7 ? 1 : 0;
        return out;
    }

    /** Changes when any rule file behind the features changes: part of the cached model's name. */
    public String version() {
        return version;
    }

    private static Map<String, String> cueSections() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String part : List.of("situation", "task", "action", "result", "reflection")) {
            m.put("cue:" + part, "star." + part);
        }
        m.put("cue:claim", "claim-principles-example.claim");
        m.put("cue:principles", "claim-principles-example.principles");
        m.put("cue:example", "claim-principles-example.example");
        m.put("cue:company", "company-personal-fit.company");
        m.put("cue:personal", "company-personal-fit.personal");
        return m;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
