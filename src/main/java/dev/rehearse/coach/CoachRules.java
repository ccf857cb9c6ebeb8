package dev.rehearse.coach;

import dev.rehearse.coach.report.Dimension;
import dev.rehearse.coach.report.LengthTarget;
import dev.rehearse.coach.report.QuestionType;
import dev.rehearse.coach.text.PhraseList;
import dev.rehearse.coach.text.RuleFile;
import dev.rehearse.coach.text.WeightedCues;
import dev.rehearse.text.RulePattern;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every rule file under {@code coach/}, parsed once. Immutable and shared by all analyses.
 */
public final class CoachRules {

    /** What a question type expects. */
    public record TypeProfile(QuestionType type, String label, String framework, LengthTarget target, List<String> expectations) {
    }

    /** A change pattern and the form it reports. */
    record ChangePattern(String form, RulePattern pattern) {
    }

    private static volatile CoachRules shared;

    final Map<QuestionType, WeightedCues> typeCues = new LinkedHashMap<>();
    final Map<QuestionType, TypeProfile> profiles = new EnumMap<>(QuestionType.class);
    final QuestionType fallbackType;
    final int wordsPerMinute;
    final int longSentenceWords;
    final int veryLongSentenceWords;
    /** framework → part → cues, parts in file order. */
    final Map<String, Map<String, WeightedCues>> structureCues = new LinkedHashMap<>();
    final PhraseList hedges;
    final PhraseList fillers;
    final PhraseList hedgeExceptions;
    final PhraseList vague;
    final PhraseList vagueUnlessQuantified;
    final PhraseList vagueExceptions;
    /** Vague words of ordinary speech, lower case: they weigh half towards the vague-wording point. */
    final java.util.Set<String> vagueSpoken;
    final PhraseList tradeOffs;
    final PhraseList constraints;
    /** category → names, case-sensitive. */
    final Map<String, PhraseList> systems = new LinkedHashMap<>();
    final Set<String> systemNames = new LinkedHashSet<>();
    final List<String> units;
    final List<String> numberWords;
    final List<ChangePattern> changePatterns = new ArrayList<>();
    final Set<String> firstSingular;
    final Set<String> firstPlural;
    final PhraseList collectiveSubjects;
    final Set<String> beForms;
    final Set<String> irregularParticiples;
    final Set<String> notPassive;
    final Set<String> abbreviations;
    final Set<String> commonCapitalised;
    final Set<String> questionScaffolding;
    final Map<Dimension, Map<Integer, String>> anchors = new EnumMap<>(Dimension.class);
    /** theme → cues, in file order. */
    final Map<String, PhraseList> companyThemes = new LinkedHashMap<>();
    /** framework → part → the message when the part is missing. */
    final Map<String, Map<String, String>> gapMessages = new LinkedHashMap<>();
    final List<String> disabledLanguageRules;
    final List<String> disabledLanguageCategories;

    private CoachRules() {
        RuleFile types = RuleFile.load("question-types.txt");
        for (String section : types.sections()) {
            QuestionType t = type(types, section);
            typeCues.put(t, WeightedCues.of(types.name(), section, types.lines(section)));
        }
        RuleFile prof = RuleFile.load("type-profiles.txt");
        Map<String, List<String>> defaults = prof.values("defaults");
        wordsPerMinute = Integer.parseInt(one(defaults, "wordsPerMinute"));
        longSentenceWords = Integer.parseInt(one(defaults, "longSentenceWords"));
        veryLongSentenceWords = Integer.parseInt(one(defaults, "veryLongSentenceWords"));
        fallbackType = type(prof, one(defaults, "fallback"));
        for (QuestionType t : QuestionType.values()) {
            Map<String, List<String>> v = prof.values(t.wireName());
            if (v.isEmpty()) {
                throw new IllegalStateException("type-profiles.txt has no section for " + t.wireName());
            }
            profiles.put(t, new TypeProfile(t, one(v, "label"), one(v, "framework"),
                    LengthTarget.of(Integer.parseInt(one(v, "minWords")), Integer.parseInt(one(v, "maxWords")), wordsPerMinute),
                    List.copyOf(v.getOrDefault("expect", List.of()))));
        }
        RuleFile structure = RuleFile.load("structure-cues.txt");
        for (String section : structure.sections()) {
            int dot = section.indexOf('.');
            structureCues.computeIfAbsent(section.substring(0, dot), k -> new LinkedHashMap<>())
                    .put(section.substring(dot + 1), WeightedCues.of(structure.name(), section, structure.lines(section)));
        }
        for (TypeProfile p : profiles.values()) {
            if (!structureCues.containsKey(p.framework())) {
                throw new IllegalStateException("structure-cues.txt has no cues for framework " + p.framework());
            }
        }
        RuleFile gaps = RuleFile.load("structure-gaps.txt");
        for (String framework : gaps.sections()) {
            Map<String, String> messages = new LinkedHashMap<>();
            gaps.values(framework).forEach((k, vals) -> messages.put(k, vals.get(0)));
            gapMessages.put(framework, messages);
        }
        RuleFile h = RuleFile.load("hedges.txt");
        hedges = PhraseList.of(h.lines("hedge"));
        fillers = PhraseList.of(h.lines("filler"));
        hedgeExceptions = PhraseList.of(h.lines("exceptions"));
        RuleFile v = RuleFile.load("vague.txt");
        vague = PhraseList.of(v.lines("vague"));
        vagueUnlessQuantified = PhraseList.of(v.lines("vague-unless-quantified"));
        vagueExceptions = PhraseList.of(v.lines("exceptions"));
        vagueSpoken = v.lines("spoken").stream().map(l -> l.strip().toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        RuleFile r = RuleFile.load("reasoning.txt");
        tradeOffs = PhraseList.of(r.lines("trade-off"));
        constraints = PhraseList.of(r.lines("constraint"));
        RuleFile sys = RuleFile.load("systems.txt");
        // [any-case] is the invention guard's section of the shared list, not a category
        for (String category : sys.sections().stream().filter(c -> !c.equals("any-case")).toList()) {
            systems.put(category, PhraseList.caseSensitive(sys.lines(category)));
            systemNames.addAll(sys.lines(category));
        }
        RuleFile num = RuleFile.load("numbers.txt");
        units = List.copyOf(num.lines("units"));
        numberWords = List.copyOf(num.lines("number-words"));
        RuleFile ch = RuleFile.load("change-patterns.txt");
        String quantity = NumberExtractor.quantityRegex(units, numberWords);
        for (String form : ch.sections()) {
            for (String line : ch.lines(form)) {
                changePatterns.add(new ChangePattern(form, RulePattern.compileIgnoringCase(line.replace("{Q}", quantity))));
            }
        }
        RuleFile own = RuleFile.load("ownership.txt");
        firstSingular = lowerSet(own.lines("first-singular"));
        firstPlural = lowerSet(own.lines("first-plural"));
        collectiveSubjects = PhraseList.of(own.lines("collective-subject"));
        beForms = lowerSet(own.lines("be-forms"));
        irregularParticiples = lowerSet(own.lines("irregular-participles"));
        notPassive = lowerSet(own.lines("not-passive"));
        abbreviations = lowerSet(RuleFile.load("abbreviations.txt").lines("abbreviations"));
        commonCapitalised = Collections.unmodifiableSet(new LinkedHashSet<>(RuleFile.load("common-capitalised.txt").lines("words")));
        questionScaffolding = lowerSet(RuleFile.load("question-words.txt").lines("scaffolding"));
        RuleFile rubric = RuleFile.load("rubric.txt");
        for (Dimension d : Dimension.values()) {
            Map<Integer, String> levels = new LinkedHashMap<>();
            rubric.values(d.wireName()).forEach((k, vals) -> levels.put(Integer.parseInt(k), vals.get(0)));
            if (!levels.keySet().containsAll(List.of(1, 3, 5))) {
                throw new IllegalStateException("rubric.txt must describe levels 1, 3 and 5 of " + d.wireName());
            }
            anchors.put(d, levels);
        }
        RuleFile themes = RuleFile.load("company-themes.txt");
        for (String theme : themes.sections()) {
            companyThemes.put(theme, PhraseList.of(themes.lines(theme).stream().map(l -> "re:" + l).toList()));
        }
        RuleFile lt = RuleFile.load("languagetool.txt");
        disabledLanguageRules = lt.lines("disabled-rules");
        disabledLanguageCategories = lt.lines("disabled-categories");
    }

    /** The rules, loaded on first use. */
    public static CoachRules shared() {
        CoachRules r = shared;
        if (r == null) {
            synchronized (CoachRules.class) {
                r = shared;
                if (r == null) {
                    r = new CoachRules();
                    shared = r;
                }
            }
        }
        return r;
    }

    public TypeProfile profile(QuestionType t) {
        return profiles.get(t);
    }

    /** Names of systems, tools and organisations in the lexicon, as written there. */
    public Set<String> systemNames() {
        return Collections.unmodifiableSet(systemNames);
    }

    public List<String> disabledLanguageRules() {
        return disabledLanguageRules;
    }

    public List<String> disabledLanguageCategories() {
        return disabledLanguageCategories;
    }

    /** The company themes and their cues, in file order. */
    public Map<String, PhraseList> companyThemes() {
        return Collections.unmodifiableMap(companyThemes);
    }

    String anchor(Dimension d, int score) {
        Map<Integer, String> levels = anchors.get(d);
        String exact = levels.get(score);
        if (exact != null) {
            return exact;
        }
        // the file describes levels 1, 3 and 5; a 2 or a 4 sits between two of them, said in a candidate's words
        return "More than: " + levels.get(score - 1) + " Not yet: " + levels.get(score + 1);
    }

    private static QuestionType type(RuleFile f, String name) {
        return QuestionType.fromWireName(name)
                .orElseThrow(() -> new IllegalStateException(f.name() + ": unknown question type " + name));
    }

    private static String one(Map<String, List<String>> values, String key) {
        List<String> v = values.get(key);
        if (v == null || v.isEmpty()) {
            throw new IllegalStateException("type-profiles.txt: missing " + key);
        }
        return v.get(0);
    }

    private static Set<String> lowerSet(List<String> lines) {
        Set<String> out = new LinkedHashSet<>();
        for (String l : lines) {
            out.add(l.toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return Collections.unmodifiableSet(out);
    }
}
