package dev.rehearse.coach.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Typo-tolerant words, same-question matching and quoting the draft back. */
class MatchingTest {

    private static final Set<String> SCAFFOLDING = Set.of("tell", "walk", "describe", "can", "you", "your", "me", "us",
            "would", "do", "specifically", "about", "through", "time");
    private final QuestionMatch match = new QuestionMatch(SCAFFOLDING, Set.of());

    @Test
    void should_match_the_notes_typos_to_the_words_a_draft_uses() {
        assertThat(TypoTolerance.same("infrstrastucture", "infrastructure")).isTrue();
        assertThat(TypoTolerance.same("architecural", "architectural")).isTrue();
        assertThat(TypoTolerance.same("data", "date")).isFalse();
        assertThat(TypoTolerance.covered("subject matter expert for the infrstrastucture",
                "I want to be the expert on the infrastructure, the subject matter owner", Set.of())).isEqualTo(1.0);
    }

    @Test
    void should_find_the_same_question_when_the_wording_differs() {
        // given
        String notesWhy = "Why TheyDo specifically? What stood out to you about us?";
        String notesWho = "What is your understanding of who TheyDo is?";

        // then
        assertThat(match.similarity("Why TheyDo?", notesWhy)).isGreaterThan(match.similarity("Why TheyDo?", notesWho));
        assertThat(match.same("Why TheyDo? What made you apply here rather than somewhere else?", notesWhy)).isTrue();
        assertThat(match.same("What would success look like in your first six months?",
                "-If I joined, what would success look like in the first 6 months?")).isTrue();
    }

    @Test
    void should_not_take_a_question_on_another_topic_for_the_same_question() {
        assertThat(match.same("Tell me about a time you improved how your team worked.",
                "We're a fully remote, async team with a lot of autonomy. How do you work in environments where there isn't a lot of structure?"))
                .isFalse();
        assertThat(match.same("Tell me about a mistake you made.",
                "Can you walk me through a data system you designed end-to-end, including the key decisions you made?")).isFalse();
    }

    @Test
    void should_quote_the_words_around_a_trigger_within_its_sentence() {
        // given
        String draft = "I built two pipelines. The point of the split was failure isolation: a bad Tuesday means re-running "
                + "Tuesday, not the week, and nobody had to reload the whole month of payments again. It cost more.";
        int at = draft.indexOf("re-running");

        // when
        String quote = Quote.around(draft, at, at + "re-running".length());

        // then: inside the second sentence, cut with an ellipsis, and verbatim once the ellipses are removed
        assertThat(quote).contains("re-running").contains(Quote.CUT).doesNotContain("two pipelines").doesNotContain("It cost");
        assertThat(draft).contains(Quote.verbatim(quote));
    }
}
