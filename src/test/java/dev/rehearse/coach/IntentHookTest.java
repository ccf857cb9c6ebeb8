package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.intent.IntentReaders;
import dev.rehearse.coach.intent.QuestionTypeReader;
import dev.rehearse.coach.intent.RedFlagReader;
import dev.rehearse.coach.language.EnglishVariant;
import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.coach.report.Concern;
import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.QuestionReport;
import dev.rehearse.coach.report.QuestionType;
import dev.rehearse.coach.roles.SentenceEmbedder;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Where the readings by meaning join the cue words, with a stand-in embedding so no model loads: it reads a
 * question about mistakes and a sentence of blame by one word each, and nothing else.
 */
class IntentHookTest {

    private static final SentenceEmbedder MISTAKES = new SentenceEmbedder("fake", texts -> texts.stream()
            .map(t -> t.toLowerCase(Locale.ROOT).matches(".*\\b(mistake|wrong|fail\\w*)\\b.*") ? new float[] {1, 0} : new float[] {0, 0})
            .toList());

    private static final SentenceEmbedder FAULT = new SentenceEmbedder("fake", texts -> texts.stream()
            .map(t -> t.toLowerCase(Locale.ROOT).contains("fault") ? new float[] {1, 0} : new float[] {0, 0})
            .toList());

    private static DraftAnalyzer analyzer(IntentReaders intent) {
        return new DraftAnalyzer(LanguageChecker.disabled(EnglishVariant.BRITISH, "off in this test"), KnowledgeVocabulary.empty(),
                null, intent);
    }

    private static List<Concern> blame(DraftAnalysis a) {
        return a.concerns().stream().filter(c -> c.rule().equals("blame")).toList();
    }

    @Test
    void should_take_the_type_from_the_meaning_when_no_cue_matches() {
        // given
        QuestionClassifier classifier = new QuestionClassifier(CoachRules.shared(), QuestionTypeReader.bundled(MISTAKES));

        // when
        QuestionReport report = classifier.classify("Which mistake taught you the most?");

        // then
        assertThat(report.type()).isEqualTo(QuestionType.MISTAKE);
        assertThat(report.basis()).isEqualTo("meaning");
        assertThat(report.cues()).isEmpty();
    }

    @Test
    void should_keep_the_cues_when_they_are_strong_and_the_meaning_reads_nothing() {
        // given
        QuestionClassifier classifier = new QuestionClassifier(CoachRules.shared(), QuestionTypeReader.bundled(MISTAKES));

        // when
        QuestionReport report = classifier.classify("Do you have any questions for us?");

        // then
        assertThat(report.type()).isEqualTo(QuestionType.CLOSING);
        assertThat(report.basis()).isEqualTo("cues");
    }

    @Test
    void should_flag_blame_on_the_sentence_the_meaning_reads_as_blame_and_say_why() {
        // given
        String draft = "The release slipped by a week. The fault there lay with the vendor.";
        DraftAnalyzer analyzer = analyzer(new IntentReaders(QuestionTypeReader.bundled(FAULT),
                RedFlagReader.from(FAULT, "intent/test-red-flags.txt")));

        // when
        DraftAnalysis a = analyzer.analyze("Tell me about a time a project went wrong.", draft);

        // then
        assertThat(blame(a)).singleElement().satisfies(c -> {
            assertThat(c.spans()).singleElement().satisfies(s -> assertThat(s.text()).isEqualTo("The fault there lay with the vendor."));
            assertThat(c.message()).contains("reads like").contains("fault");
            assertThat(c.redFlag()).isTrue();
        });
        assertThat(a.scores().overall()).isLessThanOrEqualTo(2.0);
    }

    @Test
    void should_leave_red_flags_to_the_cues_without_the_model_or_where_the_type_has_no_such_flag() {
        // given
        String draft = "The release slipped by a week. The fault there lay with the vendor.";
        DraftAnalyzer withMeaning = analyzer(new IntentReaders(QuestionTypeReader.bundled(FAULT),
                RedFlagReader.from(FAULT, "intent/test-red-flags.txt")));

        // when
        DraftAnalysis cuesOnly = new DraftAnalyzer().analyze("Tell me about a time a project went wrong.", draft);
        DraftAnalysis strengths = withMeaning.analyze("What are your greatest strengths?", draft);

        // then
        assertThat(blame(cuesOnly)).isEmpty();
        assertThat(blame(strengths)).isEmpty();
    }
}
