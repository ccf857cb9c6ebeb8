package dev.rehearse.search;

import dev.rehearse.testing.CapturedStderr;
import dev.rehearse.testing.Patience;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The index folder deleted (wholly or in part) under a serving index: searches go on, the index is rebuilt. */
@Tag("integration")
class IndexDeletionTest {

    /** Generous so a loaded machine cannot fail the test; rebuilding this small folder takes well under a second. */
    private static final Duration PATIENCE = Patience.ofSeconds(15);
    private static final String DELETED_WARNING = "was deleted while Rehearse was running";

    @TempDir
    Path knowledgeDir;
    @TempDir
    Path dataDir;

    private Path indexDir() {
        return dataDir.resolve("index");
    }

    @Test
    void should_keep_answering_and_rebuild_when_the_index_folder_is_deleted_while_serving() throws Exception {
        // given
        KnowledgeFolder folder = KnowledgeFolder.sample(knowledgeDir);
        try (CapturedStderr log = CapturedStderr.start();
             KnowledgeIndex index = KnowledgeIndex.open(knowledgeDir, indexDir(), SharedEmbedder.get())) {
            index.startWatching();
            int passages = index.knowledge().passages().size();
            try (Searches searches = Searches.start(index)) {

                // when
                deleteRecursively(indexDir());

                // then: rebuilt by the index's own check, with no edit to prompt it
                await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> assertThat(passagesOnDisk(indexDir())).isEqualTo(passages));
                folder.write("company/acme.md", KnowledgeFolder.COMPANY.replace("greenhouse irrigation controllers",
                        "hydroponic nutrient dosing pumps"));
                SearchQuery edited = SearchQuery.of("hydroponic dosing pumps", 1).withMode(SearchMode.BM25);
                await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> assertThat(index.search(edited)).singleElement()
                        .satisfies(h -> assertThat(h.passage().text()).contains("hydroponic nutrient dosing pumps")));
                searches.assertAllAnswered();
            }
            assertThat(passagesOnDisk(indexDir())).isEqualTo(passages);
            assertThat(log.linesContaining(DELETED_WARNING)).singleElement().asString()
                    .contains("WARN").contains(indexDir().toString()).contains("rebuilding it from the knowledge files");
        }
    }

    enum Deletion {
        WHOLE_FOLDER, INDEX_FILES_BUT_NOT_THE_LOCK, ONLY_THE_LOCK_FILE
    }

    @ParameterizedTest
    @EnumSource(Deletion.class)
    void should_rebuild_on_the_next_sync_when_the_index_is_deleted(Deletion deletion) throws Exception {
        // given: not watching, so only the sync can notice
        KnowledgeFolder folder = KnowledgeFolder.sample(knowledgeDir);
        try (CapturedStderr log = CapturedStderr.start();
             KnowledgeIndex index = KnowledgeIndex.open(knowledgeDir, indexDir(), SharedEmbedder.get())) {
            int passages = index.knowledge().passages().size();
            switch (deletion) {
                case WHOLE_FOLDER -> deleteRecursively(indexDir());
                case INDEX_FILES_BUT_NOT_THE_LOCK -> deleteFiles(indexDir(), true);
                case ONLY_THE_LOCK_FILE -> Files.delete(indexDir().resolve(IndexWriter.WRITE_LOCK_NAME));
            }
            assertThat(index.search(SearchQuery.of("separate ingestion from aggregation", 3))).isNotEmpty();

            // when
            folder.write("company/acme.md", KnowledgeFolder.COMPANY.replace("greenhouse irrigation controllers",
                    "hydroponic nutrient dosing pumps"));
            SyncReport report = index.sync();

            // then: every file indexed again, the edit included, and the next edit syncs as usual
            assertThat(report.filesAdded()).isEqualTo(2);
            assertThat(report.passagesEmbedded()).isEqualTo(passages);
            assertThat(passagesOnDisk(indexDir())).isEqualTo(passages);
            assertThat(index.search(SearchQuery.of("hydroponic dosing pumps", 1).withMode(SearchMode.BM25))).hasSize(1);
            folder.write("company/acme.md", KnowledgeFolder.COMPANY);
            SyncReport next = index.sync();
            assertThat(next.filesChanged()).isEqualTo(1);
            assertThat(next.filesUnchanged()).isEqualTo(1);
            assertThat(index.search(SearchQuery.of("hydroponic dosing pumps", 1).withMode(SearchMode.BM25))).isEmpty();
            assertThat(log.linesContaining(DELETED_WARNING)).singleElement().asString().contains("WARN");
        }
    }

    @Test
    void should_serve_from_the_open_reader_and_retry_when_the_rebuild_cannot_write() throws Exception {
        // given
        KnowledgeFolder.sample(knowledgeDir);
        try (CapturedStderr log = CapturedStderr.start();
             KnowledgeIndex index = KnowledgeIndex.open(knowledgeDir, indexDir(), SharedEmbedder.get())) {
            index.startWatching();
            int passages = index.knowledge().passages().size();
            SearchQuery notes = SearchQuery.of("separate ingestion from aggregation", 3);

            // when: the folder is deleted and a file takes its name, so no index can be created there
            deleteRecursively(indexDir());
            Files.writeString(indexDir(), "not a folder");

            // then: the rebuild fails, is said once, and searches are answered from the reader still open
            await().atMost(PATIENCE).until(() -> !log.linesContaining("Could not rebuild the search index").isEmpty());
            assertThatThrownBy(index::sync).isInstanceOf(IndexUnavailableException.class)
                    .hasMessageContaining("cannot rebuild the search index in " + indexDir());
            assertThat(index.search(notes)).isNotEmpty();
            assertThat(index.stats().vectors()).isEqualTo(passages);
            assertThat(index.rebuildNote()).hasValueSatisfying(note -> assertThat(note)
                    .contains(DELETED_WARNING).contains("searches use the index as it was").contains("the last attempt failed"));

            // and when the way is clear again, the next check rebuilds it
            Files.delete(indexDir());
            await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> assertThat(passagesOnDisk(indexDir())).isEqualTo(passages));
            assertThat(index.search(notes)).isNotEmpty();
            assertThat(log.linesContaining(DELETED_WARNING)).hasSize(1);
            assertThat(log.linesContaining("Could not rebuild the search index")).singleElement().asString().contains("WARN");
            assertThat(log.linesContaining("Rebuilt the search index")).hasSize(1);
            await().atMost(PATIENCE).until(() -> index.rebuildNote().isEmpty());
        }
    }

    /** Passages in the committed index on disk, read as a fresh process would read it. */
    private static long passagesOnDisk(Path dir) throws IOException {
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            return new IndexSearcher(reader).count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PASSAGE)));
        }
    }

    /**
     * As {@code rm -rf}. The index may notice the loss halfway and start its rebuild in the same folder,
     * so the folder can refill between emptying it and removing it: then it is emptied again, as a
     * second {@code rm -rf} would.
     */
    static void deleteRecursively(Path dir) throws IOException {
        for (int attempt = 0; Files.exists(dir); attempt++) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /** Deletes the index's files but keeps the folder and, if asked, the lock file. */
    private static void deleteFiles(Path dir, boolean keepLock) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                if (!(keepLock && f.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME))) {
                    Files.delete(f);
                }
            }
        }
    }

    /** Three threads searching in every mode for a passage of the notes file, which no test edits, until closed. */
    static final class Searches implements AutoCloseable {

        private final ExecutorService pool = Executors.newFixedThreadPool(3);
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        private final AtomicInteger answered = new AtomicInteger();
        private final AtomicInteger empty = new AtomicInteger();

        static Searches start(KnowledgeIndex index) throws InterruptedException {
            Searches s = new Searches();
            CountDownLatch started = new CountDownLatch(3);
            List<SearchMode> modes = List.of(SearchMode.values());
            for (int t = 0; t < 3; t++) {
                int thread = t;
                s.pool.submit(() -> {
                    started.countDown();
                    int i = 0;
                    while (s.running.get()) {
                        SearchMode mode = modes.get((thread + i++) % modes.size());
                        try {
                            List<SearchHit> hits = index.search(SearchQuery.of("separate ingestion from aggregation and retry", 5).withMode(mode));
                            if (hits.isEmpty()) {
                                s.empty.incrementAndGet();
                            }
                            index.stats();
                            s.answered.incrementAndGet();
                        } catch (Throwable e) {
                            s.failures.add(e);
                        }
                    }
                });
            }
            started.await();
            return s;
        }

        void assertAllAnswered() throws InterruptedException {
            stop();
            assertThat(failures).isEmpty();
            assertThat(empty).hasValue(0);
            assertThat(answered.get()).isGreaterThan(10);
        }

        private void stop() throws InterruptedException {
            running.set(false);
            pool.shutdown();
            if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("searches did not stop");
            }
        }

        @Override
        public void close() throws InterruptedException {
            stop();
        }
    }
}
