package dev.rehearse.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("integration")
class ConcurrentSearchTest {

    @TempDir
    Path knowledgeDir;
    @TempDir
    Path indexDir;

    @Test
    void should_answer_every_search_while_syncs_replace_files() throws Exception {
        // given
        KnowledgeFolder folder = KnowledgeFolder.sample(knowledgeDir);
        try (KnowledgeIndex index = KnowledgeIndex.open(knowledgeDir, indexDir, SharedEmbedder.get())) {
            AtomicBoolean syncing = new AtomicBoolean(true);
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            AtomicInteger searches = new AtomicInteger();
            AtomicInteger emptyAnswers = new AtomicInteger();
            CountDownLatch started = new CountDownLatch(3);
            ExecutorService pool = Executors.newFixedThreadPool(3);
            List<SearchMode> modes = List.of(SearchMode.values());
            for (int t = 0; t < 3; t++) {
                int thread = t;
                pool.submit(() -> {
                    started.countDown();
                    int i = 0;
                    while (syncing.get()) {
                        SearchMode mode = modes.get((thread + i++) % modes.size());
                        try {
                            // the notes file is never edited, so this query must always find something
                            List<SearchHit> hits = index.search(SearchQuery.of("separate ingestion from aggregation and retry", 5).withMode(mode));
                            if (hits.isEmpty()) {
                                emptyAnswers.incrementAndGet();
                            }
                            index.search(SearchQuery.of("irrigation controllers version", 5).withMode(mode));
                            searches.addAndGet(2);
                        } catch (Throwable e) {
                            failures.add(e);
                        }
                    }
                });
            }
            started.await();

            // when: the research file is rewritten, removed and restored, with a sync after each step
            Future<?> writer = Executors.newSingleThreadExecutor().submit(() -> {
                for (int round = 0; round < 12; round++) {
                    folder.write("company/acme.md", KnowledgeFolder.COMPANY + "\nController version " + round + ".\n");
                    index.sync();
                    if (round % 4 == 3) {
                        folder.delete("company/acme.md");
                        index.sync();
                    }
                }
                folder.write("company/acme.md", KnowledgeFolder.COMPANY);
                index.sync();
                return null;
            });
            writer.get(5, TimeUnit.MINUTES);
            syncing.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

            // then
            assertThat(failures).isEmpty();
            assertThat(emptyAnswers).hasValue(0);
            assertThat(searches.get()).isGreaterThan(20);
            assertThat(index.knowledge().file("company/acme.md")).isPresent();
        }
    }
}
