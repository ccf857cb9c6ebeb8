package dev.rehearse.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.Critique;
import dev.rehearse.coach.report.QuestionReport;
import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.practice.AttemptStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The company a session is about, in the store: a file made before sessions carried one is migrated and still opens. */
class MockStoreCompanyTest {

    /** The table as it was made before sessions carried a company. */
    private static final String OLD_TABLE = """
            CREATE TABLE mock_session (
                id             TEXT    PRIMARY KEY,
                status         TEXT    NOT NULL CHECK (status IN ('active', 'ended')),
                average_score  REAL,
                created_at_ms  INTEGER NOT NULL,
                updated_at_ms  INTEGER NOT NULL,
                session_json   TEXT    NOT NULL
            ) STRICT""";
    private static final Instant T = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dataDir;

    /** A session as the older version stored it: the same JSON, with no company in it. */
    private static MockSession oldSession() {
        PlannedQuestion q = new PlannedQuestion(1, PlanMaker.OPENER, "Tell me about yourself.", null, "self-introduction");
        return new MockSession("old-1", MockSession.ACTIVE, T, T, new MockPlan(List.of(q), 0), List.of(), List.of(),
                MockTurn.question(q, "Question 1 of 1 (opener)."), T, 1, 0, null, null);
    }

    private void storeTheOldWay(AttemptStore history, MockSession s) throws Exception {
        history.status(); // the history makes the file, as it did then
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + history.databaseFile().toUri());
             Statement st = c.createStatement()) {
            st.execute(OLD_TABLE);
            insert(c, s);
        }
    }

    private static void insert(Connection c, MockSession s) throws Exception {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO mock_session VALUES (?, 'active', NULL, ?, ?, ?)")) {
            p.setString(1, s.id());
            p.setLong(2, T.toEpochMilli());
            p.setLong(3, T.toEpochMilli());
            p.setString(4, MockStore.JSON.writeValueAsString(s));
            p.executeUpdate();
        }
    }

    /** A company as the interview asks for it; the lookups it was asked are recorded. */
    private static MockCompany company(String slug, boolean isDefault, List<String> kept) {
        Critic critic = new Critic() {
            @Override
            public Critique critique(String question, String answer) {
                return null;
            }

            @Override
            public QuestionReport classify(String question) {
                return null;
            }
        };
        return new MockCompany(slug, slug, isDefault, critic, () -> null, KnowledgeBase::empty, (q, a, c) -> {
            kept.add(slug);
            return 1;
        });
    }

    @Test
    void should_open_a_session_stored_before_sessions_had_a_company_as_the_default_companys() throws Exception {
        try (AttemptStore history = AttemptStore.inDataDir(dataDir); MockStore store = new MockStore(history)) {
            // given
            storeTheOldWay(history, oldSession());
            List<String> asked = new ArrayList<>();
            MockInterview interview = new MockInterview(store, slug -> {
                asked.add(String.valueOf(slug));
                return company("northwind", true, new ArrayList<>());
            }, Optional.empty(), Clock.fixed(T, ZoneOffset.UTC), () -> "new-1");

            // when
            MockSession opened = store.find("old-1").orElseThrow();
            MockSession ended = interview.end("old-1");

            // then: it reads as it was, its company unset, looked up as the default (null) company
            assertThat(opened.company()).isNull();
            assertThat(opened.plan().questions()).hasSize(1);
            assertThat(ended.ended()).isTrue();
            assertThat(asked).containsExactly("null");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + history.databaseFile().toUri());
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT company FROM mock_session WHERE id = 'old-1'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).as("the migrated column, empty for the old session").isNull();
            }
        }
    }

    @Test
    void should_compare_a_debrief_only_with_earlier_sessions_about_the_same_company() {
        try (AttemptStore history = AttemptStore.inDataDir(dataDir); MockStore store = new MockStore(history)) {
            // given: ended sessions about each company, and one from before sessions had a company
            store.save(ended("n1", "northwind", 2.0, 1));
            store.save(ended("t1", "theydo", 4.0, 2));
            store.save(ended("old", null, 3.0, 3));

            // when
            List<Double> northwind = store.endedAverages("x", "northwind", true);
            List<Double> theydo = store.endedAverages("x", "theydo", false);

            // then
            assertThat(northwind).containsExactly(2.0, 3.0);
            assertThat(theydo).containsExactly(4.0);
            assertThat(store.find("t1").orElseThrow().company()).isEqualTo("theydo");
        }
    }

    private static MockSession ended(String id, String company, double average, int minute) {
        MockSession s = oldSession();
        Debrief d = new Debrief(false, average, List.of(), List.of(), new Debrief.FollowUpTally(0, 0, 0, 0, 0), null, null,
                List.of(), null, List.of());
        Instant at = T.plusSeconds(60L * minute);
        return new MockSession(id, MockSession.ENDED, at, at, s.plan(), List.of(), List.of(), s.pending(), at, 1, 0, d, company);
    }
}
