package dev.rehearse.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Two numbers are the same claim only when they share a subject: a content word next to the number. */
class NumberClaimTest {

    private static boolean same(String claim, String source) {
        return NumberClaim.findAll(claim).get(0).supportedBy(NumberClaim.findAll(source).get(0), false);
    }

    @Test
    void should_not_make_two_counts_the_same_claim_when_they_share_only_a_generic_word() {
        assertThat(same("We pulled in 6 data sources.", "The team has 6 data engineers.")).isFalse();
        assertThat(same("It improved load times by 40%.", "The survey improved response rates by 40%.")).isFalse();
    }

    @Test
    void should_make_two_counts_the_same_claim_when_they_share_what_is_counted() {
        assertThat(same("I ran 6 data pipelines.", "we had 6 pipelines in production")).isTrue();
        assertThat(same("Errors fell by 40%.", "errors fell 40%")).isTrue();
    }

    @Test
    void should_let_a_generic_word_name_the_subject_when_the_unit_says_what_is_measured() {
        assertThat(same("It saved 4,000 hours.", "4,000+ hours saved")).isTrue();
        assertThat(same("It saved £2m a year.", "it saved £2 million a year")).isTrue();
    }

    @Test
    void should_take_the_subject_from_the_words_next_to_the_number_not_from_the_whole_sentence() {
        // "pipeline" stands six content words from the 3: the claims share no word next to their numbers
        assertThat(same("The pipeline Finance reads for its weekly revenue report had 3 owners.",
                "I rebuilt 3 pipeline jobs.")).isFalse();
    }
}
