package dev.rehearse.coach.language;

import dev.rehearse.coach.CoachRules;
import dev.rehearse.coach.report.LanguageIssue;
import dev.rehearse.coach.report.LanguageReport;
import dev.rehearse.coach.report.LanguageStatus;
import dev.rehearse.coach.text.DraftText;
import dev.rehearse.testing.Patience;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The real LanguageTool on what a data engineer says out loud; one checker per variant for the class (loads take seconds). */
@Tag("integration")
class SpokenLanguageTest {

    private static LanguageChecker either;
    private static LanguageChecker british;

    @BeforeAll
    static void load() {
        // the app's own rule settings (coach/languagetool.txt), one instance each
        CoachRules rules = CoachRules.shared();
        either = LanguageChecker.start(EnglishVariant.EITHER, Set.of(), 1, rules.disabledLanguageRules(), rules.disabledLanguageCategories());
        british = LanguageChecker.start(EnglishVariant.BRITISH, Set.of(), 1, rules.disabledLanguageRules(), rules.disabledLanguageCategories());
        assertThat(either.awaitReady(Patience.ofSeconds(180))).isTrue();
        assertThat(british.awaitReady(Patience.ofSeconds(180))).isTrue();
    }

    private static List<String> flagged(LanguageChecker checker, String text) {
        LanguageReport report = checker.check(DraftText.of(text, Set.of()));
        assertThat(report.status()).isEqualTo(LanguageStatus.CHECKED);
        return report.issues().stream().map(i -> i.span().text() + " (" + i.ruleId() + ")").toList();
    }

    @Test
    void should_accept_data_engineering_words_when_they_are_spelt_right() {
        // given
        String text = "The DAGs run in Airflow and upsert into Snowflake. Debezium streams CDC events through Kafka, "
                + "dbt models read the Parquet files, and a backfill uses a lookback of two days. "
                + "The loads are idempotent, the catalog keeps each schema, and Fivetran feeds the lakehouse.";

        // when / then
        assertThat(flagged(either, text)).isEmpty();
    }

    @Test
    void should_still_flag_a_misspelt_word_next_to_technical_ones() {
        assertThat(flagged(either, "The upsert was seperating the keys.")).hasSize(1).first().asString().startsWith("seperating");
    }

    @Test
    void should_not_read_a_field_name_as_a_sentence_or_a_misspelling() {
        assertThat(flagged(either, "Support logs are idempotent on sourceSystem.id and the transcript.")).isEmpty();
        assertThat(flagged(either, "The key is row_count.total in the export.")).isEmpty();
    }

    @Test
    void should_not_flag_what_cannot_be_heard_in_a_spoken_answer() {
        assertThat(flagged(either, "I got sign-off from finance before the change went live.")).isEmpty();
        assertThat(flagged(either, "Each record carries the transcript id.")).isEmpty();
    }

    @Test
    void should_accept_british_and_american_spellings_when_either_is_set() {
        assertThat(flagged(either, "I wanted to optimize the model and prioritise the work.")).isEmpty();
        assertThat(flagged(either, "We had to organise the color of the dashboards.")).isEmpty();
    }

    @Test
    void should_flag_american_spelling_when_british_is_set() {
        assertThat(flagged(british, "We had to change the color of the dashboards.")).isNotEmpty();
    }

    @Test
    void should_report_either_as_the_variant_checked() {
        LanguageReport report = either.check(DraftText.of("It works.", Set.of()));
        assertThat(report.variant()).isEqualTo("either");
        assertThat(report.issues()).extracting(LanguageIssue::ruleId).isEmpty();
    }
}
