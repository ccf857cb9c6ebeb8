package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.text.PhraseList;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Drafts shaped to cost CPU: a letter followed by thousands of combining accents used to cost time
 * growing with the square of the run (1,000 marks 1.2 s, 8,000 marks 28.6 s), because a regex word
 * boundary walks back over every mark at every position.
 */
class HostileDraftTest {

    /** A generous ceiling: the analysis takes milliseconds; the old matcher took minutes at 19,000 marks. */
    private static final Duration CEILING = Duration.ofSeconds(10);

    @Test
    void should_analyse_a_letter_with_19000_combining_accents_quickly_when_pasted_as_a_draft() {
        // given
        String draft = "e" + "\u0301".repeat(19_000);
        DraftAnalyzer analyzer = CoachFixtures.analyzer();

        // when
        DraftAnalysis analysis = assertTimeoutPreemptively(CEILING,
                () -> analyzer.analyze("Tell me about a time you improved a pipeline.", draft));

        // then
        assertThat(analysis.allFindings()).allSatisfy(f -> assertThat(f.span().end()).isLessThanOrEqualTo(draft.length()));
    }

    @Test
    void should_analyse_8000_combining_accents_between_words_quickly_when_hedges_surround_them() {
        // given: the marks sit among words that the phrase lists and cues look for
        String draft = "I think we kind of improved it. Basically e" + "\u0301".repeat(8_000) + " we built a lot of tests.";
        DraftAnalyzer analyzer = CoachFixtures.analyzer();

        // when
        DraftAnalysis analysis = assertTimeoutPreemptively(CEILING, () -> analyzer.analyze("Why this role?", draft));

        // then: the words around the run are still read
        assertThat(CoachFixtures.texts(analysis.allFindings())).contains("I think");
    }

    @Test
    void should_compile_no_regex_word_boundary_when_loading_the_rules() {
        // given
        CoachRules rules = CoachRules.shared();
        List<Pattern> patterns = new ArrayList<>();
        rules.changePatterns.forEach(p -> patterns.add(p.pattern().linear()));
        rules.structureCues.values().forEach(parts -> parts.values().forEach(c -> patterns.addAll(c.patterns())));
        rules.typeCues.values().forEach(c -> patterns.addAll(c.patterns()));
        rules.companyThemes.values().forEach(l -> patterns.addAll(l.regexPatterns()));
        for (PhraseList l : List.of(rules.hedges, rules.fillers, rules.hedgeExceptions, rules.vague, rules.vagueUnlessQuantified,
                rules.vagueExceptions, rules.tradeOffs, rules.constraints, rules.collectiveSubjects)) {
            patterns.addAll(l.regexPatterns());
        }

        // when
        List<String> withBoundary = patterns.stream().map(Pattern::pattern)
                .filter(p -> p.replace("\\\\", "").matches("(?s).*\\\\[bB].*")).toList();

        // then
        assertThat(patterns).isNotEmpty();
        assertThat(withBoundary).isEmpty();
    }

    @Test
    void should_match_phrase_lists_on_words_when_a_phrase_sits_inside_a_longer_word() {
        // given
        PhraseList hedges = PhraseList.of(List.of("kind of"));

        // when / then
        assertThat(hedges.find("a kindof thing, kind of odd")).extracting(PhraseList.Match::start).containsExactly(16);
    }
}
