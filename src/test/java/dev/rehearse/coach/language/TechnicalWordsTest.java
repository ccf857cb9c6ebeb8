package dev.rehearse.coach.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TechnicalWordsTest {

    @Test
    void should_accept_the_listed_words_in_the_forms_a_speaker_writes_them() {
        // when
        Set<String> words = TechnicalWords.all();

        // then
        assertThat(words).contains("upsert", "Upsert", "upserts", "idempotent", "Debezium", "CDC", "DAG", "DAGs", "dbt",
                "lookback", "Parquet", "backfill", "catalog", "Airflow", "Kafka", "Snowflake", "Fivetran", "schema", "lakehouse");
        assertThat(words).noneMatch(w -> w.startsWith("#") || w.isBlank());
    }
}
