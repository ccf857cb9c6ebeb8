package dev.rehearse.coach;

import dev.rehearse.coach.language.EnglishVariant;
import dev.rehearse.coach.language.LanguageChecker;
import java.util.Set;
import java.util.TreeSet;

/** Starts the background spelling and grammar check with the coach's settings and accepted names. */
public final class LanguageCheckSetup {

    private LanguageCheckSetup() {
    }

    /**
     * Starts loading LanguageTool in the background; returns at once. The spelling rule accepts the
     * knowledge folder's proper nouns and the lexicon's system names, so the company's name, a former employer's or "dbt"
     * are not flagged.
     */
    public static LanguageChecker start(EnglishVariant variant, KnowledgeVocabulary vocabulary) {
        LanguageChecker checker = prepare(variant, vocabulary);
        checker.startLoading();
        return checker;
    }

    /** As {@link #start}, the load deferred until {@link LanguageChecker#startLoading()}. */
    public static LanguageChecker prepare(EnglishVariant variant, KnowledgeVocabulary vocabulary) {
        CoachRules rules = CoachRules.shared();
        int pool = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        return LanguageChecker.prepare(variant, acceptedWords(vocabulary), pool, rules.disabledLanguageRules(),
                rules.disabledLanguageCategories());
    }

    /** The words the spelling rule must accept: the knowledge folder's names and the lexicon's systems, one token each. */
    public static Set<String> acceptedWords(KnowledgeVocabulary vocabulary) {
        Set<String> accepted = new TreeSet<>(vocabulary.properNouns());
        for (String name : CoachRules.shared().systemNames()) {
            // the spelling rule takes single tokens
            accepted.addAll(java.util.Arrays.asList(name.split("[\\s/]+")));
        }
        return accepted;
    }
}
