package dev.rehearse.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttemptStoreCompanyTest {

    private static final HistoryScope THEYDO = HistoryScope.of("theydo", true);
    private static final HistoryScope NORTHWIND = HistoryScope.of("northwind", false);

    @TempDir
    Path dataDir;

    @Test
    void should_count_the_attempts_saved_before_companies_as_the_default_companys() {
        // given: a history written with the schema before attempts carried a company
        Path file = LegacyHistory.copyInto(dataDir);

        try (AttemptStore store = AttemptStore.inDataDir(dataDir)) {
            // when
            List<QuestionSummary> theydo = store.questions(THEYDO);
            List<QuestionSummary> northwind = store.questions(NORTHWIND);

            // then: every old attempt is the default company's, none the other's
            assertThat(theydo).hasSize(4);
            assertThat(store.history(LegacyHistory.BANK_KEY, THEYDO)).hasSize(7);
            assertThat(northwind).isEmpty();
            assertThat(store.history(LegacyHistory.BANK_KEY, NORTHWIND)).isEmpty();
        }
        assertThat(schemaVersion(file)).isEqualTo(Schema.CURRENT_VERSION).isEqualTo(2);
    }

    @Test
    void should_keep_each_companys_attempts_apart() {
        // given: the old history, and one new attempt at the same bank question for each company
        LegacyHistory.copyInto(dataDir);
        try (AttemptStore store = AttemptStore.inDataDir(dataDir)) {
            store.save(withCompany(Attempts.critique("q1", "Walk me through a pipeline", "I rebuilt it.", 3.0), "northwind"));
            store.save(withCompany(Attempts.critique("q1", "Walk me through a pipeline", "I rebuilt it again.", 4.0), "theydo"));

            // when
            List<AttemptSummary> northwind = store.history("q:q1", NORTHWIND);
            List<AttemptSummary> theydo = store.history("q:q1", THEYDO);

            // then
            assertThat(northwind).singleElement().satisfies(a -> assertThat(a.overallScore()).isEqualTo(3.0));
            assertThat(theydo).singleElement().satisfies(a -> assertThat(a.overallScore()).isEqualTo(4.0));
            assertThat(store.questions(NORTHWIND)).extracting(QuestionSummary::questionKey).containsExactly("q:q1");
            assertThat(store.questions(THEYDO)).hasSize(5);
            assertThat(store.questions()).hasSize(5);
            assertThat(store.history("q:q1")).hasSize(2);
        }
    }

    private static NewAttempt withCompany(NewAttempt a, String company) {
        return new NewAttempt(a.questionId(), a.questionText(), a.draft(), a.mode(), a.reportJson(), a.overallScore(),
                a.modelNote(), company);
    }

    private static int schemaVersion(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            rs.next();
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
