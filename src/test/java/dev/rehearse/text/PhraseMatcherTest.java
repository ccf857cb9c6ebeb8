package dev.rehearse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    @Test
    void should_match_whole_words_with_the_phrase_spacing_when_the_text_has_it() {
        // given
        PhraseMatcher matcher = PhraseMatcher.ignoringCase(List.of("a lot of", "a lot", "e.g."));
        String text = "A lot\nof tests, alot, a lotus, e.g. this, a  lot";

        // when
        List<PhraseMatcher.Match> matches = matcher.find(text);

        // then
        assertThat(matches).extracting(m -> text.substring(m.start(), m.end()))
                .containsExactly("A lot\nof", "e.g.", "a  lot");
        assertThat(matches).extracting(PhraseMatcher.Match::phrase).containsExactly(0, 2, 1);
    }

    @Test
    void should_fold_apostrophes_always_and_case_only_when_ignoring_it() {
        // given
        PhraseMatcher loose = PhraseMatcher.ignoringCase(List.of("I'd say"));
        PhraseMatcher strict = PhraseMatcher.caseSensitive(List.of("Linear"));

        // when / then
        assertThat(loose.find("so I’D SAY no")).hasSize(1);
        assertThat(strict.find("a linear model tracked in Linear")).extracting(PhraseMatcher.Match::start)
                .containsExactly("a linear model tracked in ".length());
    }

    @Test
    void should_treat_a_run_of_combining_marks_as_part_of_its_word_when_matching() {
        // given: "e" followed by accents typed as separate code points is one word, not "e" and noise
        String draft = "e" + "\u0301".repeat(19_000) + " e";
        PhraseMatcher matcher = PhraseMatcher.ignoringCase(List.of("e"));

        // when
        List<PhraseMatcher.Match> matches = matcher.find(draft);

        // then: only the bare "e" at the end is the word "e"
        assertThat(matches).containsExactly(new PhraseMatcher.Match(draft.length() - 1, draft.length(), 0));
    }

    @Test
    void should_see_the_characters_outside_the_region_when_deciding_word_edges() {
        // given
        PhraseMatcher matcher = PhraseMatcher.ignoringCase(List.of("lot"));
        String text = "pilot lot";

        // when: the region starts inside "pilot"
        List<PhraseMatcher.Match> matches = matcher.find(text, 2, text.length());

        // then
        assertThat(matches).extracting(PhraseMatcher.Match::start).containsExactly(6);
    }

    @Test
    void should_match_each_list_on_its_own_terms_when_lists_of_either_case_read_the_same_text_in_turn() {
        // given: the second and third lists read the very same text, and may reuse the first's cut only if it fits
        PhraseMatcher folded = PhraseMatcher.ignoringCase(List.of("data mesh"));
        PhraseMatcher exact = PhraseMatcher.caseSensitive(List.of("Data Mesh"));
        String text = "data mesh, then Data Mesh";

        // when
        List<PhraseMatcher.Match> first = folded.find(text);
        List<PhraseMatcher.Match> second = exact.find(text);
        List<PhraseMatcher.Match> inRegion = folded.find(text, 11, text.length());

        // then
        assertThat(first).extracting(PhraseMatcher.Match::start).containsExactly(0, 16);
        assertThat(second).extracting(PhraseMatcher.Match::start).containsExactly(16);
        assertThat(inRegion).extracting(PhraseMatcher.Match::start).containsExactly(16);
    }
}
