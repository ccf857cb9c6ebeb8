package dev.rehearse.coach;

import dev.rehearse.coach.CoachRules.TypeProfile;
import dev.rehearse.coach.text.DraftText;
import dev.rehearse.coach.text.Sentence;
import dev.rehearse.coach.text.Span;
import dev.rehearse.coach.text.Terms;
import java.util.HashMap;
import java.util.Map;

/** One analysis in progress: the draft, the question and its type, the rules and the id counter. */
final class AnalysisContext {
    final String question;
    final DraftText draft;
    final TypeProfile profile;
    final CoachRules rules;
    final KnowledgeVocabulary vocabulary;
    final Ids ids = new Ids();
    private final Map<String, String> stems = new HashMap<>();

    AnalysisContext(String question, DraftText draft, TypeProfile profile, CoachRules rules, KnowledgeVocabulary vocabulary) {
        this.question = question;
        this.draft = draft;
        this.profile = profile;
        this.rules = rules;
        this.vocabulary = vocabulary;
    }

    String text() {
        return draft.view();
    }

    Span span(int start, int end) {
        return draft.span(start, end);
    }

    Sentence sentenceAt(int offset) {
        return draft.sentenceAt(offset);
    }

    /** The stem of one lower-case word, cached for this analysis. */
    String stem(String lowerWord) {
        return stems.computeIfAbsent(lowerWord, Terms::stem);
    }
}
