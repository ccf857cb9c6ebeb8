package dev.rehearse.coach;

import dev.rehearse.coach.CoachRules.TypeProfile;
import dev.rehearse.coach.text.DraftText;
import dev.rehearse.coach.text.Sentence;
import dev.rehearse.coach.text.Span;
import dev.rehearse.coach.text.Terms;

/** One analysis in progress: the draft, the question and its type, the rules and the id counter. */
final class AnalysisContext {
    final String question;
    final DraftText draft;
    final TypeProfile profile;
    final CoachRules rules;
    final KnowledgeVocabulary vocabulary;
    final Ids ids = new Ids();

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

    /** The stem of one lower-case word. */
    String stem(String lowerWord) {
        return Terms.stem(lowerWord);
    }
}
