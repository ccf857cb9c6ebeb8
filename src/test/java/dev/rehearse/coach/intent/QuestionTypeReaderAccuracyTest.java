package dev.rehearse.coach.intent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.CoachRules;
import dev.rehearse.coach.QuestionClassifier;
import dev.rehearse.coach.report.QuestionReport;
import dev.rehearse.coach.report.QuestionType;
import dev.rehearse.coach.roles.SentenceEmbedder;
import dev.rehearse.coach.text.RuleFile;
import dev.rehearse.search.MiniLmEmbedder;
import dev.rehearse.testing.BundledKnowledge;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Question types on questions worded unlike any example the reader was built from
 * (src/test/resources/intent/question-tests.txt): the cue words alone against the cues with the meaning.
 */
@Tag("integration")
class QuestionTypeReaderAccuracyTest {

    /** The families without a rubric of their own read as these types, as the examples file maps them. */
    private static final Map<String, List<String>> MAPPED = RuleFile.load("intent/question-examples.txt").values("coach-type");

    private static final List<String[]> TESTS = LabelledLines.read("intent/question-tests.txt");

    private static QuestionType expected(String family) {
        String wire = MAPPED.containsKey(family) ? MAPPED.get(family).get(0) : family;
        return QuestionType.fromWireName(wire).orElseThrow();
    }

    private static QuestionTypeReader reader;

    private static double accuracy(QuestionClassifier classifier, StringBuilder wrong) {
        int right = 0;
        for (String[] t : TESTS) {
            QuestionReport r = classifier.classify(t[1]);
            if (r.type() == expected(t[0])) {
                right++;
            } else {
                wrong.append("  ").append(t[0]).append(" read as ").append(r.type().wireName()).append(" (")
                        .append(r.basis()).append(", ").append(reader.read(t[1]).orElseThrow()).append("): ").append(t[1]).append('\n');
            }
        }
        return right / (double) TESTS.size();
    }

    @Test
    void should_read_more_unseen_question_wordings_right_when_the_meaning_helps_the_cues() {
        // given
        MiniLmEmbedder model = BundledKnowledge.embedder();
        reader = QuestionTypeReader.bundled(new SentenceEmbedder(model.modelId(), model::embedAll));
        QuestionClassifier cuesOnly = new QuestionClassifier(CoachRules.shared());
        QuestionClassifier withMeaning = new QuestionClassifier(CoachRules.shared(), reader);

        // when
        StringBuilder cueMisses = new StringBuilder();
        StringBuilder meaningMisses = new StringBuilder();
        double cues = accuracy(cuesOnly, cueMisses);
        double meaning = accuracy(withMeaning, meaningMisses);

        // then
        System.out.printf("question types on %d unseen wordings: cues only %.3f, cues with meaning %.3f%n", TESTS.size(), cues, meaning);
        System.out.print("missed with meaning:\n" + meaningMisses);
        assertThat(TESTS).hasSizeGreaterThanOrEqualTo(60);
        assertThat(meaning).isGreaterThanOrEqualTo(0.80).isGreaterThan(cues + 0.4);
    }

    @Test
    void should_keep_every_cue_reading_and_read_the_rest_by_meaning_as_the_server_does() {
        // given: the served classifier, whose meaning decides only where no cue word matched
        MiniLmEmbedder model = BundledKnowledge.embedder();
        reader = QuestionTypeReader.bundled(new SentenceEmbedder(model.modelId(), model::embedAll));
        QuestionClassifier cuesOnly = new QuestionClassifier(CoachRules.shared());
        QuestionClassifier served = new QuestionClassifier(CoachRules.shared(), reader, false);

        // when
        StringBuilder cueMisses = new StringBuilder();
        StringBuilder servedMisses = new StringBuilder();
        double cues = accuracy(cuesOnly, cueMisses);
        double byServed = accuracy(served, servedMisses);

        // then: a question the cues read keeps their type; one they miss is no longer left to the conceptual fallback
        System.out.printf("question types on %d unseen wordings: cues only %.3f, served %.3f%n", TESTS.size(), cues, byServed);
        for (String[] t : TESTS) {
            QuestionReport byCues = cuesOnly.classify(t[1]);
            QuestionReport r = served.classify(t[1]);
            if (byCues.basis().equals("cues")) {
                assertThat(r.type()).as(t[1]).isEqualTo(byCues.type());
                assertThat(r.basis()).isEqualTo("cues");
            } else {
                assertThat(r.basis()).as(t[1]).isIn("meaning", "fallback");
            }
        }
        assertThat(byServed).isGreaterThan(cues + 0.3);
    }

    @Test
    void should_say_the_meaning_decided_when_no_cue_matches() {
        // given
        MiniLmEmbedder model = BundledKnowledge.embedder();
        QuestionClassifier classifier = new QuestionClassifier(CoachRules.shared(),
                QuestionTypeReader.bundled(new SentenceEmbedder(model.modelId(), model::embedAll)));

        // when
        QuestionReport report = classifier.classify("Which mistake taught you the most?");

        // then
        assertThat(report.type()).isEqualTo(QuestionType.MISTAKE);
        assertThat(report.basis()).isEqualTo("meaning");
        assertThat(report.cues()).isEmpty();
    }
}
