package dev.rehearse.coach.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseListTest {

    @Test
    void should_prefer_the_longer_overlapping_phrase_and_match_whole_words_only() {
        // given
        PhraseList list = PhraseList.of(List.of("a lot => Give the number.", "a lot of", "just"));

        // when
        List<PhraseList.Match> matches = list.find("A lot of adjustments, justified, just a lot");

        // then
        assertThat(matches).extracting(m -> m.entry().phrase()).containsExactly("a lot of", "just", "a lot");
        assertThat(matches.get(0).start()).isZero();
        assertThat(matches.get(2).entry().suggestion()).isEqualTo("Give the number.");
    }

    @Test
    void should_match_typographic_apostrophes_and_line_breaks_inside_phrases() {
        // given
        PhraseList list = PhraseList.of(List.of("I'd say", "you know"));

        // when
        List<PhraseList.Match> matches = list.find("I’d say it works, you\nknow.");

        // then
        assertThat(matches).hasSize(2);
    }

    @Test
    void should_match_names_case_sensitively_when_asked() {
        // given
        PhraseList names = PhraseList.caseSensitive(List.of("Linear", "dbt"));

        String text = "a linear model in dbt, tracked in Linear";

        // when / then
        assertThat(names.find(text)).extracting(PhraseList.Match::start)
                .containsExactly(text.indexOf("dbt"), text.indexOf("Linear"));
    }

    @Test
    void should_take_a_name_as_written_when_it_looks_like_a_rule_line() {
        // given: a name from the user's files that a rule line would read as a pattern or a suggestion
        PhraseList names = PhraseList.names(List.of("re:Gen", "Ask => Tell"));
        PhraseList sensitive = PhraseList.caseSensitive(List.of("re:Gen"));
        String text = "At re:Gen we built Ask => Tell; regen and Gen are other words.";

        // when
        List<PhraseList.Match> found = names.find(text);

        // then
        assertThat(found).extracting(m -> text.substring(m.start(), m.end())).containsExactly("re:Gen", "Ask => Tell");
        assertThat(found).extracting(m -> m.entry().suggestion()).containsOnly("");
        assertThat(sensitive.find(text)).extracting(PhraseList.Match::start).containsExactly(text.indexOf("re:Gen"));
    }
}
