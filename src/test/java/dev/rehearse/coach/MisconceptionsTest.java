package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.Concern;
import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.ScoreReason;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A well-known technical misconception stated as fact caps the answer, shown on its sentence with what is true
 * instead; the same claim negated, doubted or told as a trap is not taken for it.
 */
class MisconceptionsTest {

    private static final Misconceptions MISCONCEPTIONS = Misconceptions.shared();
    private static final Map<String, Misconceptions.Entry> BY_NAME = MISCONCEPTIONS.entries().stream()
            .collect(Collectors.toMap(Misconceptions.Entry::name, e -> e));

    /** One sentence stating each misconception, in words of this test's own. */
    private static final Map<String, String> STATED = Map.ofEntries(
            Map.entry("left-join-row-count", "A left join always returns the same number of rows as the orders table."),
            Map.entry("null-aggregates", "The AVG function treats a null as zero when it works out the mean."),
            Map.entry("window-functions-collapse", "Window functions collapse the rows of each group into a single row."),
            Map.entry("distinct-counts-add-up", "For the month I add up the daily distinct users from the summary table."),
            Map.entry("parquet-row-oriented", "Parquet is a compact row-oriented format for the lake."),
            Map.entry("parquet-in-place", "With Parquet we can update rows in place when a customer changes."),
            Map.entry("processing-time-accurate", "Processing time is more accurate than event time for a report."),
            Map.entry("dedup-key-load-time", "The merge key combines the customer id with the load timestamp."),
            Map.entry("broadcast-large-table", "The fix is broadcasting the big orders table to the executors."),
            Map.entry("skew-fixed-by-memory", "The skewed stage was fixed by adding more executor memory."),
            Map.entry("coalesce-increases", "Call coalesce to increase the number of partitions before the write."),
            Map.entry("schema-evolution-renames", "Schema evolution handles renamed columns for you, so nothing breaks."),
            Map.entry("updated-at-sees-deletes", "A query on last_modified catches hard deletes as well as updates."),
            Map.entry("delivery-exactly-once", "With the managed queue you get exactly-once out of the box."),
            Map.entry("kafka-global-order", "Kafka keeps a global ordering of every event in the topic."),
            Map.entry("kafka-deletes-consumed", "Kafka deletes the messages once they are consumed by the job."),
            Map.entry("watermark-no-late-data", "The watermark guarantees no late events reach the sink."),
            Map.entry("null-equality", "In SQL, null = null evaluates to true in a filter."),
            Map.entry("union-duplicates", "UNION ALL removes the duplicate rows between the two extracts."),
            Map.entry("average-of-averages", "Monthly churn is the average of the weekly percentages we already have."),
            Map.entry("high-cardinality-partitions", "We partition the table by user_id so lookups are quick."),
            Map.entry("scd-types", "A type 1 dimension keeps the history of every change."),
            Map.entry("natural-keys-never-change", "An email address makes a perfect primary key for customers."),
            Map.entry("facts-and-dimensions", "The fact table holds the descriptive attributes of each product."),
            Map.entry("valid-type-valid-data", "Because the schema is enforced, you know the data is correct."),
            Map.entry("surrogate-keys-stop-duplicates", "Adding a surrogate key prevents duplicates in the target."),
            Map.entry("upsert-ignores-nulls", "When we upsert, nulls are just ignored by the target table."),
            Map.entry("pseudonymised-is-anonymous", "Hashing the email makes the data anonymous for analytics."),
            Map.entry("float-money", "We store payment amounts as doubles in the ledger table."),
            Map.entry("local-time-storage", "I store the event timestamps in the server's local time."),
            Map.entry("grain-recovered-later", "The dashboard can drill down from the monthly table to each order when someone asks."),
            Map.entry("compute-is-free", "In the cloud, compute is basically free these days."),
            Map.entry("personal-data-clean-later", "We land the personal data raw and mask it later."),
            Map.entry("replica-is-backup", "The read replica is our backup if the primary fails."),
            Map.entry("warehouse-enforces-keys", "Snowflake enforces the primary key, so duplicates are rejected."));

    @Test
    void should_find_each_misconception_of_the_file_in_a_sentence_that_states_it() {
        // given
        List<String> names = MISCONCEPTIONS.entries().stream().map(Misconceptions.Entry::name).toList();

        // when
        List<String> missed = names.stream()
                .filter(n -> !STATED.containsKey(n) || !Misconceptions.stated(BY_NAME.get(n), STATED.get(n))).toList();
        List<String> elsewhere = STATED.entrySet().stream()
                .flatMap(s -> MISCONCEPTIONS.entries().stream().filter(e -> !e.name().equals(s.getKey()))
                        .filter(e -> Misconceptions.stated(e, s.getValue())).map(e -> s.getKey() + " also read as " + e.name()))
                .toList();

        // then
        assertThat(names).hasSizeGreaterThanOrEqualTo(30);
        assertThat(missed).as("misconceptions with no stating sentence found").isEmpty();
        assertThat(elsewhere).as("a sentence read as another misconception").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A left join does not guarantee the same number of rows: duplicate keys on the right repeat them. | left-join-row-count",
            "The trap is thinking a left join keeps the same number of rows. | left-join-row-count",
            "If you sum the daily distinct counts you count a returning user once a day. | distinct-counts-add-up",
            "I'd broadcast the small accounts table rather than the large events table. | broadcast-large-table",
            "Broadcasting the large table would make memory worse. | broadcast-large-table",
            "People assume at-least-once means no duplicates, and it doesn't. | delivery-exactly-once",
            "Kafka doesn't keep order across partitions, only within one. | kafka-global-order",
            "Unlike a replica, a backup is a point in time you can return to. | replica-is-backup",
            "COUNT(score) counts only the non-null scores, so the denominator shrinks. | null-aggregates",
            "I never store timestamps in local time; they go in as UTC. | local-time-storage",
            "People assume you can drill down from a weekly total later, and you can't. | grain-recovered-later",
            "Renames are handled by a person, since schema evolution adds them as new columns. | schema-evolution-renames",
            "Hashing an email doesn't make it anonymous, it is still personal data. | pseudonymised-is-anonymous",
            "With only daily scores, averaging them gives a quiet day the same weight as a busy one. | average-of-averages",
            "I'd never partition on a high-cardinality id; the date is coarse enough. | high-cardinality-partitions",
    })
    void should_not_flag_a_misconception_when_the_sentence_negates_doubts_or_retells_it(String sentence, String name) {
        // when / then
        assertThat(Misconceptions.stated(BY_NAME.get(name), sentence)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "We keep each order in the shopper's local wall-clock time, as that is what they saw. | local-time-storage",
            "Each reading is stored as a plain timestamp without a zone. | local-time-storage",
            "Converting everything to UTC just adds a step that confuses the analysts. | local-time-storage",
            "Analysts can always drill below the weekly totals if they need the single payments. | grain-recovered-later",
            "For the month I take the four weekly CSAT scores and average them, so every week counts the same. | average-of-averages",
            "Go for partitioning on the highest-cardinality column you have, such as the session id. | high-cardinality-partitions",
            "Hyper-granular partitioning gives the engine the most pruning. | high-cardinality-partitions",
            "Each row gets a UUID generated at load time, and the merge matches on it. | dedup-key-load-time",
    })
    void should_flag_a_misconception_said_in_other_words_than_its_first_sentence(String sentence, String name) {
        // when / then
        assertThat(Misconceptions.stated(BY_NAME.get(name), sentence)).isTrue();
    }

    @Test
    void should_cap_a_fluent_answer_at_2_5_when_it_states_a_misconception_and_not_when_it_corrects_it() {
        // given
        DraftAnalyzer analyzer = CoachFixtures.analyzer();
        String question = "How would you report monthly active customers from daily event files?";
        String wrong = "I'd land each day's events as files, then a daily job counts the distinct customers for that day into a small "
                + "table. The monthly figure is the sum of the daily distinct counts, so the report never rescans the raw events. "
                + "In the PayPal rebuild I split a weekly load into daily ingestion and a separate aggregation, and the same split "
                + "works here: a failed day is re-run on its own.";
        String right = "I'd land each day's events as files, then keep one row per customer per day in a small table. The monthly "
                + "figure counts distinct customers over the month from that table, because a customer active on ten days must "
                + "count once. In the PayPal rebuild I split a weekly load into daily ingestion and a separate aggregation, and "
                + "the same split works here: a failed day is re-run on its own.";

        // when
        DraftAnalysis stated = analyzer.analyze(question, wrong);
        DraftAnalysis corrected = analyzer.analyze(question, right);
        Optional<Concern> flag = stated.concerns().stream().filter(c -> c.rule().equals(Misconceptions.RULE)).findFirst();

        // then
        assertThat(flag).hasValueSatisfying(c -> {
            assertThat(c.redFlag()).isTrue();
            assertThat(c.message()).contains("Distinct counts do not add up");
            assertThat(c.spans()).singleElement().satisfies(s -> assertThat(s.text()).startsWith("The monthly figure is the sum"));
        });
        assertThat(stated.scores().overall()).isEqualTo(Misconceptions.CAP);
        assertThat(stated.scores().caps()).extracting(ScoreReason::reason)
                .anyMatch(r -> r.startsWith("Overall capped at 2.5: A technical claim that is not so"));
        assertThat(corrected.concerns()).noneMatch(c -> c.rule().equals(Misconceptions.RULE));
        assertThat(corrected.scores().overall()).isGreaterThan(Misconceptions.CAP);
    }

    @Test
    void should_number_its_concerns_after_the_ones_already_found() {
        // given
        DraftAnalysis analysis = CoachFixtures.analyzer().analyze("Why store data as Parquet?",
                "Parquet is a row-oriented format, and honestly it is the best, most scalable, AI-ready format there is. "
                        + "A left join always returns the same number of rows as the left table.");

        // when
        List<String> ids = analysis.concerns().stream().map(Concern::id).toList();

        // then
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(analysis.concerns()).filteredOn(c -> c.rule().equals(Misconceptions.RULE)).hasSize(2);
    }
}
