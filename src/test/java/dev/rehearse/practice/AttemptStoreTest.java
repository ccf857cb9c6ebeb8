package dev.rehearse.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttemptStoreTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    @TempDir
    Path dataDir;

    private AttemptStore store() {
        return new AttemptStore(StoreOptions.forDataDir(dataDir).withClock(new SteppingClock(T0, Duration.ofMinutes(1))));
    }

    @Test
    void should_create_nothing_on_disk_until_first_use_then_a_wal_database_at_the_current_schema() throws Exception {
        // given
        Path folder = dataDir.resolve("nested/data");
        AttemptStore store = new AttemptStore(StoreOptions.forDataDir(folder));

        // when
        boolean existedBeforeUse = Files.exists(folder);
        StoreStatus status = store.status();

        // then
        assertThat(existedBeforeUse).isFalse();
        assertThat(status.available()).isTrue();
        assertThat(status.databaseFile()).isEqualTo(folder.resolve("practice.db").toAbsolutePath());
        assertThat(store.connectionPragma("journal_mode")).isEqualTo("wal");
        assertThat(store.connectionPragma("synchronous")).isEqualTo("2"); // FULL
        // the busy timeout is what is left of the call's 3 s when the statement runs
        assertThat(Integer.parseInt(store.connectionPragma("busy_timeout"))).isBetween(1, 3000);
        // no memory-mapped database file, on either connection: a damaged file gives an error, not SIGBUS
        assertThat(store.connectionPragma("mmap_size")).isEqualTo("0");
        assertThat(store.readerPragma("mmap_size")).isEqualTo("0");
        assertThat(store.readerPragma("query_only")).isEqualTo("1");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("practice.db"));
             Statement s = c.createStatement()) {
            assertThat(single(s, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(single(s, "PRAGMA user_version")).isEqualTo(String.valueOf(Schema.CURRENT_VERSION));
            assertThat(single(s, "PRAGMA application_id")).isEqualTo(String.valueOf(Schema.APPLICATION_ID));
        }
        store.close();
    }

    @Test
    void should_return_the_stored_attempt_with_its_id_when_saved() {
        // given
        try (AttemptStore store = store()) {
            NewAttempt attempt = new NewAttempt("abc123", "Tell me about a pipeline you built", "I built it.",
                    PracticeMode.CRITIQUE, "{\"overall\":3.5}", 3.5, "openai gpt-4o-mini");

            // when
            Attempt saved = store.save(attempt);

            // then
            assertThat(saved.id()).isPositive();
            assertThat(saved.createdAt()).isEqualTo(T0);
            assertThat(saved.questionKey()).isEqualTo("q:abc123");
            assertThat(saved.draftWords()).isEqualTo(3);
            assertThat(store.get(saved.id())).contains(saved);
        }
    }

    @Test
    void should_round_trip_any_unicode_exactly() {
        // given
        List<String> texts = List.of(
                "Family emoji 👨‍👩‍👧‍👦, flags 🇳🇱🇬🇧, skin tone 👍🏽 and 10 of 😀😀😀😀😀😀😀😀😀😀",
                "Right to left: שלום עולם and العربية with marks \u200F\u200E\u202Eevil\u202C",
                "CJK 数据工程师 面接 데이터 and astral 𠜎𠜱",
                "Zero width: a\u200Bb\u200Cc\u200Dd\uFEFFe and combining e\u0301 versus é",
                "Control characters: NUL[\u0000] bell[\u0007] CR[\r] tab[\t]");

        try (AttemptStore store = store()) {
            for (String text : texts) {
                // when
                Attempt saved = store.save(new NewAttempt(null, "Q " + text, text, PracticeMode.ASK,
                        "{\"answer\":\"" + text.replace("\u0000", "\\u0000").replace("\r", "\\r").replace("\t", "\\t")
                                .replace("\u0007", "\\u0007") + "\"}", null, text));

                // then
                Attempt read = store.get(saved.id()).orElseThrow();
                assertThat(read.draft()).isEqualTo(text);
                assertThat(read.questionText()).isEqualTo("Q " + text);
                assertThat(read.modelNote()).isEqualTo(text);
                assertThat(read.reportJson()).isEqualTo(saved.reportJson());
            }
        }
    }

    @Test
    void should_refuse_text_that_is_not_well_formed_unicode_rather_than_store_something_else() {
        // given
        String loneSurrogate = "before \uD83D after";

        // when / then
        assertThatThrownBy(() -> Attempts.free("Q", loneSurrogate, null))
                .isInstanceOf(InvalidAttemptException.class)
                .hasMessageContaining("draft")
                .hasMessageContaining("character 7");
    }

    @Test
    void should_store_sql_in_a_draft_as_plain_text() throws Exception {
        // given
        String draft = "Robert'); DROP TABLE attempt; -- and \" OR 1=1; PRAGMA user_version = 99; ATTACH 'x' AS y;";
        try (AttemptStore store = store()) {
            store.save(Attempts.free("first", "ok", 2.0));

            // when
            Attempt saved = store.save(new NewAttempt("x' OR '1'='1", "'; DELETE FROM attempt; --", draft,
                    PracticeMode.CRITIQUE, "{\"x\":\"'); DROP TABLE attempt; --\"}", 3.0, "'; --"));

            // then
            assertThat(store.get(saved.id()).orElseThrow().draft()).isEqualTo(draft);
            assertThat(store.attemptCount()).isEqualTo(2);
            assertThat(store.history("q:x' OR '1'='1")).extracting(AttemptSummary::id).containsExactly(saved.id());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("practice.db"));
             Statement s = c.createStatement()) {
            assertThat(single(s, "PRAGMA user_version")).isEqualTo(String.valueOf(Schema.CURRENT_VERSION));
        }
    }

    @Test
    void should_keep_large_text_intact() throws Exception {
        // given: a 4 MB draft and a 1 MB report, far over what the HTTP layer lets through
        StringBuilder draft = new StringBuilder();
        while (draft.length() < NewAttempt.MAX_TEXT_CHARS - 40) {
            draft.append("Sentence ").append(draft.length()).append(" with 😀 and 数据. ");
        }
        String report = "{\"pad\":\"" + "é".repeat(NewAttempt.MAX_REPORT_CHARS - 10) + "\"}";

        try (AttemptStore store = store()) {
            // when
            Attempt saved = store.save(new NewAttempt(null, "Big", draft.toString(), PracticeMode.CRITIQUE, report, 4.0, null));

            // then
            Attempt read = store.get(saved.id()).orElseThrow();
            assertThat(read.draft()).isEqualTo(draft.toString());
            assertThat(read.reportJson()).isEqualTo(report);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("practice.db"));
             Statement s = c.createStatement()) {
            assertThat(single(s, "PRAGMA integrity_check")).isEqualTo("ok");
        }
    }

    @Test
    void should_list_a_questions_attempts_newest_first_with_their_scores() {
        try (AttemptStore store = store()) {
            // given
            Attempt first = store.save(Attempts.critique("q1", "Why TheyDo?", "one", 2.0));
            store.save(Attempts.critique("q2", "Other", "x", 5.0));
            Attempt second = store.save(new NewAttempt("q1", "Why TheyDo?", "one two", PracticeMode.FOLLOWUPS, "{}", null, null));
            Attempt third = store.save(Attempts.critique("q1", "Why TheyDo?", "one two three", 3.5));
            Attempt fourth = store.save(Attempts.critique("q1", "Why TheyDo?", "one two", 3.0));

            // when
            List<AttemptSummary> history = store.history("q:q1");

            // then: the fourth has the second's draft, so both name the second as the first with it
            assertThat(history).containsExactly(
                    new AttemptSummary(fourth.id(), PracticeMode.CRITIQUE, 3.0, 2, "offline", T0.plus(Duration.ofMinutes(4)), second.id()),
                    new AttemptSummary(third.id(), PracticeMode.CRITIQUE, 3.5, 3, "offline", T0.plus(Duration.ofMinutes(3)), third.id()),
                    new AttemptSummary(second.id(), PracticeMode.FOLLOWUPS, null, 2, null, T0.plus(Duration.ofMinutes(2)), second.id()),
                    new AttemptSummary(first.id(), PracticeMode.CRITIQUE, 2.0, 1, "offline", T0, first.id()));
            assertThat(store.history("q:unknown")).isEmpty();
        }
    }

    @Test
    void should_summarise_questions_with_counts_best_and_last_score() {
        try (AttemptStore store = store()) {
            // given
            store.save(Attempts.critique("q1", "Why TheyDo?", "a", 4.0));
            store.save(Attempts.critique("q1", "Why TheyDo?", "b", 2.5));
            store.save(new NewAttempt("q1", "Why TheyDo?", "c", PracticeMode.TIE, "{}", null, null));
            store.save(Attempts.free("What is a  data CONTRACT?", "d", null));
            store.save(Attempts.free("what is a data contract?", "e", null));

            // when
            List<QuestionSummary> questions = store.questions();

            // then: most recently practised first; free questions grouped by normalised text
            assertThat(questions).hasSize(2);
            QuestionSummary free = questions.get(0);
            assertThat(free.questionKey()).startsWith("free:");
            assertThat(free.questionId()).isNull();
            assertThat(free.questionText()).isEqualTo("what is a data contract?");
            assertThat(free.attempts()).isEqualTo(2);
            assertThat(free.bestScore()).isNull();
            assertThat(free.lastScore()).isNull();
            assertThat(questions.get(1)).isEqualTo(new QuestionSummary("q:q1", "q1", "Why TheyDo?", 3, 4.0, 2.5,
                    T0.plus(Duration.ofMinutes(2))));
        }
    }

    @Test
    void should_delete_one_attempt_and_never_hand_its_id_out_again() {
        try (AttemptStore store = store()) {
            // given
            Attempt a = store.save(Attempts.free("Q", "a", 1.0));
            Attempt b = store.save(Attempts.free("Q", "b", 2.0));

            // when
            boolean deleted = store.delete(b.id());
            boolean deletedAgain = store.delete(b.id());
            Attempt c = store.save(Attempts.free("Q", "c", 3.0));

            // then
            assertThat(deleted).isTrue();
            assertThat(deletedAgain).isFalse();
            assertThat(store.get(b.id())).isEmpty();
            assertThat(store.get(a.id())).isPresent();
            assertThat(c.id()).isGreaterThan(b.id());
        }
    }

    @Test
    void should_keep_the_history_when_the_store_is_reopened() {
        // given
        Attempt saved;
        try (AttemptStore store = store()) {
            saved = store.save(Attempts.critique("q1", "Q", "kept", 4.0));
        }

        // when
        try (AttemptStore reopened = store()) {
            // then
            assertThat(reopened.get(saved.id())).contains(saved);
        }
    }

    @Test
    void should_fail_with_closed_problem_after_close() {
        // given
        AttemptStore store = store();
        store.save(Attempts.free("Q", "a", 1.0));

        // when
        store.close();

        // then
        assertThatThrownBy(() -> store.save(Attempts.free("Q", "b", 1.0)))
                .isInstanceOfSatisfying(PracticeStoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(PracticeStoreException.Problem.CLOSED));
    }

    @Test
    void should_keep_every_attempt_when_many_threads_save_at_once() throws Exception {
        // given
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (AttemptStore store = AttemptStore.inDataDir(dataDir)) {
            List<Callable<List<Attempt>>> jobs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                jobs.add(() -> {
                    List<Attempt> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        mine.add(store.save(Attempts.free("Q" + (i % 3), "thread " + thread + " attempt " + i, 3.0)));
                        if (i % 5 == 0) {
                            store.questions();
                        }
                    }
                    return mine;
                });
            }

            // when
            List<Attempt> saved = new ArrayList<>();
            for (Future<List<Attempt>> f : pool.invokeAll(jobs)) {
                saved.addAll(f.get());
            }

            // then
            Set<Long> ids = new HashSet<>();
            saved.forEach(a -> ids.add(a.id()));
            assertThat(ids).hasSize(threads * perThread);
            assertThat(store.attemptCount()).isEqualTo(threads * perThread);
            for (Attempt a : saved) {
                assertThat(store.get(a.id()).orElseThrow().draft()).isEqualTo(a.draft());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_list_practised_questions_in_the_order_first_practised_and_stream_attempts_newest_first() {
        try (AttemptStore store = store()) {
            // given
            Attempt a1 = store.save(Attempts.critique("a", "A?", "1", 2.0));
            Attempt b1 = store.save(Attempts.critique("b", "B?", "1", 4.0));
            Attempt a2 = store.save(Attempts.critique("a", "A?", "2", 3.0));
            store.save(new NewAttempt(null, "What does the company sell?", "", PracticeMode.ASK, "{}", null, null));

            // when
            List<String> keys = store.practisedQuestionKeys();
            List<Attempt> streamed = new ArrayList<>();
            store.forEachAttempt("q:a", streamed::add);
            List<Attempt> firstOnly = new ArrayList<>();
            store.forEachAttempt("q:a", a -> {
                firstOnly.add(a);
                return false;
            });

            // then: Ask runs are not practised answers
            assertThat(keys).containsExactly("q:a", "q:b");
            assertThat(store.practisedTotals()).isEqualTo(new HistoryTotals(2, 3));
            assertThat(streamed).containsExactly(a2, a1);
            assertThat(firstOnly).containsExactly(a2);
            assertThat(b1.id()).isPositive();
        }
    }

    @Test
    void should_work_in_a_data_folder_whose_name_holds_uri_and_query_characters() {
        // given
        Path odd = dataDir.resolve("my notes?mode=ro#1 100% é");
        try (AttemptStore store = AttemptStore.inDataDir(odd)) {
            // when
            Attempt saved = store.save(Attempts.free("Q", "draft", 2.0));

            // then
            assertThat(store.get(saved.id())).contains(saved);
            assertThat(odd.resolve("practice.db")).isRegularFile();
        }
    }

    private static String single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
