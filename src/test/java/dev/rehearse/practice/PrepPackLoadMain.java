package dev.rehearse.practice;

import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;

/**
 * Run in a child JVM with a small heap by {@link PrepPackLoadTest}: fills a history with {@code count} copies of
 * a real critique (with the model's part, about 21 KB each) over 500 questions, in SQL so the filling needs no
 * heap, then writes the prep pack to a writer that only counts. Prints {@code PACK <questions> <attempts>
 * <characters>}, or dies with an OutOfMemoryError if the pack holds the history in memory.
 */
public final class PrepPackLoadMain {

    private PrepPackLoadMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        LegacyHistory.copyInto(dataDir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(StoreOptions.FILE_NAME));
             Statement s = c.createStatement()) {
            s.execute("BEGIN");
            s.execute("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < " + count + ")"
                    + " INSERT INTO attempt (question_key, question_id, question_text, draft, draft_words, mode, report_json,"
                    + " overall_score, model_note, created_at_ms)"
                    + " SELECT 'q:load-' || (x % 500), 'load-' || (x % 500), 'Question ' || (x % 500), draft || ' ' || x,"
                    + " draft_words + 1, mode, report_json, 1 + (x % 40) / 10.0, model_note, created_at_ms + x"
                    + " FROM n, (SELECT * FROM attempt WHERE id = 2)");
            s.execute("COMMIT");
        }
        long[] chars = new long[1];
        Writer counting = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
                chars[0] += len;
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        try (AttemptStore store = AttemptStore.inDataDir(dataDir)) {
            HistoryTotals totals = store.practisedTotals();
            PrepPack.write(store, Instant.parse("2026-12-06T12:00:00Z"), "TheyDo", counting);
            System.out.println("PACK " + totals.questions() + " " + totals.attempts() + " " + chars[0]);
        }
    }
}
