package dev.rehearse.coach;

import dev.rehearse.coach.language.EnglishVariant;
import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.FindingKind;
import dev.rehearse.coach.report.LanguageIssue;
import dev.rehearse.coach.report.LanguageReport;
import dev.rehearse.coach.report.LanguageStatus;
import dev.rehearse.coach.text.DraftText;
import dev.rehearse.testing.Patience;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The real LanguageTool, loaded once for all test classes (it takes seconds). */
@Tag("integration")
class LanguageCheckTest {

    private static LanguageReport check(LanguageChecker checker, String text) {
        return checker.check(DraftText.of(text, Set.of()));
    }

    private static List<String> flagged(LanguageReport report, FindingKind kind) {
        return report.issues().stream().filter(i -> i.kind() == kind).map(i -> i.span().text()).toList();
    }

    @Test
    void should_catch_the_typos_in_the_candidates_notes() {
        // given
        LanguageChecker checker = CoachFixtures.loadedChecker();
        String text = "The key decision was seperating ingestion from aggregation. It avoids duplication and unecessary complexity. "
                + "I'm looking for more architecural ownership. You help enterprises opertionalise customer experience.";

        // when
        LanguageReport report = check(checker, text);

        // then
        assertThat(report.status()).isEqualTo(LanguageStatus.CHECKED);
        assertThat(report.variant()).isEqualTo("en-GB");
        assertThat(flagged(report, FindingKind.SPELLING)).containsExactly("seperating", "unecessary", "architecural", "opertionalise");
        LanguageIssue first = report.issues().get(0);
        assertThat(first.span().start()).isEqualTo(text.indexOf("seperating"));
        assertThat(first.suggestions()).startsWith("separating");
        assertThat(first.id()).isEqualTo("spelling-1");
        assertThat(first.message()).doesNotContain("<suggestion>");
    }

    @Test
    void should_check_the_sentences_around_a_run_it_cannot_check_and_say_what_it_left_out() {
        // given: 10,000 emoji with no sentence end, which held LanguageTool for over a minute, between two typos
        LanguageChecker checker = CoachFixtures.loadedChecker();
        String text = "I was seperating the stages. " + "\uD83D\uDE00".repeat(10_000) + ". It avoids unecessary joins.";

        // when
        LanguageReport report = check(checker, text);

        // then
        assertThat(report.status()).isEqualTo(LanguageStatus.CHECKED);
        assertThat(flagged(report, FindingKind.SPELLING)).containsExactly("seperating", "unecessary");
        assertThat(report.issues().get(1).span().start()).isEqualTo(text.indexOf("unecessary"));
        assertThat(report.reason()).isEqualTo("1 sentence of over 600 characters not checked");
    }

    @Test
    void should_not_flag_names_from_the_knowledge_folder_or_the_lexicon() {
        // given
        LanguageChecker checker = CoachFixtures.loadedChecker();
        String text = "At GoPuff and PayPal I built pipelines in Airflow and dbt, and I want to bring that to TheyDo.";

        // when
        LanguageReport report = check(checker, text);

        // then
        assertThat(report.status()).isEqualTo(LanguageStatus.CHECKED);
        assertThat(report.issues()).isEmpty();
    }

    @Test
    void should_report_grammar_separately_from_spelling() {
        // given: from the notes, "particularly interesting in working closer to product"
        LanguageChecker checker = CoachFixtures.loadedChecker();

        // when
        LanguageReport report = check(checker, "I'm particularly interesting in working closer to product.");

        // then
        assertThat(report.issues()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(FindingKind.GRAMMAR);
            assertThat(i.span().text()).isEqualTo("interesting");
            assertThat(i.suggestions()).contains("interested");
        });
    }

    @Test
    void should_check_several_drafts_at_once_with_the_same_results() throws Exception {
        // given: more concurrent checks than pooled instances
        LanguageChecker checker = CoachFixtures.loadedChecker();
        String text = "The key decision was seperating ingestion from aggregation.";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // when
            List<Future<LanguageReport>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> check(checker, text)));
            }

            // then
            for (Future<LanguageReport> f : futures) {
                assertThat(flagged(f.get(), FindingKind.SPELLING)).containsExactly("seperating");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_say_the_check_was_skipped_while_loading_then_follow_american_english_once_loaded() {
        // given: a fresh checker, still loading in the background
        LanguageChecker checker = LanguageCheckSetup.start(EnglishVariant.AMERICAN, KnowledgeVocabulary.empty());
        DraftAnalyzer analyzer = new DraftAnalyzer(checker, KnowledgeVocabulary.empty());

        // when
        DraftAnalysis whileLoading = analyzer.analyze("Why us?", "I want to optimise how you prioritise journeys.");

        // then
        assertThat(whileLoading.language().status()).isEqualTo(LanguageStatus.SKIPPED);
        assertThat(whileLoading.language().reason()).contains("still loading");
        assertThat(whileLoading.scores().of(dev.rehearse.coach.report.Dimension.DELIVERY).reasons())
                .anySatisfy(r -> assertThat(r.reason()).startsWith("Spelling and grammar not checked: the spelling and grammar checker is still loading"));

        // and when it has loaded
        assertThat(checker.awaitReady(Patience.ofSeconds(120))).isTrue();
        DraftAnalysis loaded = analyzer.analyze("Why us?", "I want to optimise how you prioritise journeys.");

        // then: en-US flags the British spellings that en-GB accepts
        assertThat(loaded.language().status()).isEqualTo(LanguageStatus.CHECKED);
        assertThat(loaded.language().variant()).isEqualTo("en-US");
        assertThat(flagged(loaded.language(), FindingKind.SPELLING)).containsExactly("optimise", "prioritise");
        assertThat(check(CoachFixtures.loadedChecker(), "I want to optimise how you prioritise journeys.").issues()).isEmpty();
    }

    @Test
    void should_say_why_when_the_check_is_switched_off() {
        // given
        LanguageChecker off = LanguageChecker.disabled(EnglishVariant.BRITISH, "the spelling and grammar check is not switched on");

        // when
        LanguageReport report = check(off, "seperating");

        // then
        assertThat(report.status()).isEqualTo(LanguageStatus.SKIPPED);
        assertThat(report.reason()).isEqualTo("the spelling and grammar check is not switched on");
        assertThat(report.issues()).isEmpty();
    }
}
