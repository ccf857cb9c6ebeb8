package dev.rehearse.mock;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.rehearse.coach.report.Critique;
import dev.rehearse.coach.report.QuestionMatch;
import dev.rehearse.coach.report.QuestionType;
import dev.rehearse.coach.report.Relevance;
import dev.rehearse.text.Words;

/** What kind of answer the candidate gave, read before deciding what to ask next. */
public enum AnswerReading {
    ANSWERED("answered"),
    ONE_LINER("one-liner"),
    DONT_KNOW("dont-know"),
    OFF_TOPIC("off-topic"),
    SKIPPED("skipped");

    /** Fewer words than this is a one-line answer, whatever the question. */
    static final int ONE_LINE_WORDS = 15;
    /** A "don't know" inside a longer answer is a hedge on one point, not a refusal of the question. */
    private static final int DONT_KNOW_MAX_WORDS = 25;
    /** The question must have this many topic words before an answer can be said to miss all of them. */
    private static final int TOPIC_WORDS_TO_JUDGE = 2;

    private final String wireName;

    AnswerReading(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** Whether the answer gives the interviewer something to follow up on. */
    boolean engages() {
        return this == ANSWERED;
    }

    /**
     * Reads the answer: a refusal first, then its length, then whether it speaks to the question at all (by meaning
     * when the embedding model judged it, otherwise by the question's topic words).
     */
    static AnswerReading of(String answer, Critique critique) {
        int words = Words.count(answer);
        if (words <= DONT_KNOW_MAX_WORDS && !InterviewerLines.shared().dontKnow.find(answer).isEmpty()) {
            return DONT_KNOW;
        }
        if (words < ONE_LINE_WORDS) {
            return ONE_LINER;
        }
        // any account of one's own work answers "tell me about yourself": it cannot be off the topic
        boolean open = critique.question().type() == QuestionType.SELF_INTRODUCTION;
        return !open && offTopic(critique.relevance()) ? OFF_TOPIC : ANSWERED;
    }

    private static boolean offTopic(Relevance r) {
        QuestionMatch match = r.match();
        if (match != null && match.judged()) {
            return !match.answers() && match.sentencesOnIt() == 0 && r.matchedTerms().isEmpty();
        }
        return r.questionTerms().size() >= TOPIC_WORDS_TO_JUDGE && r.matchedTerms().isEmpty() && r.companyThemes().isEmpty();
    }
}
