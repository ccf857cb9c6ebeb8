package dev.rehearse.search;

import dev.rehearse.testing.Patience;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@Tag("integration")
class KnowledgeWatcherTest {

    /** Generous so a loaded machine cannot fail the test; the benchmark reports how fast it really is. */
    private static final Duration PATIENCE = Patience.ofSeconds(10);

    @TempDir
    Path knowledgeDir;
    @TempDir
    Path indexDir;

    private static List<String> texts(List<SearchHit> hits) {
        return hits.stream().map(h -> h.passage().text()).toList();
    }

    @Test
    void should_make_an_edit_searchable_without_a_restart_when_watching() {
        // given
        KnowledgeFolder folder = KnowledgeFolder.sample(knowledgeDir);
        try (KnowledgeIndex index = KnowledgeIndex.open(knowledgeDir, indexDir, SharedEmbedder.get())) {
            index.startWatching();
            SearchQuery query = SearchQuery.of("hydroponic dosing pumps", 1).withMode(SearchMode.BM25);
            assertThat(index.search(query)).isEmpty();

            // when
            folder.write("company/acme.md", KnowledgeFolder.COMPANY.replace("greenhouse irrigation controllers",
                    "hydroponic nutrient dosing pumps"));

            // then
            // the search view and the sync report are published one after the other, so both are waited for
            await().atMost(PATIENCE).untilAsserted(() -> {
                assertThat(texts(index.search(query))).singleElement().asString().contains("hydroponic nutrient dosing pumps");
                assertThat(index.stats().lastReport().filesChanged()).isEqualTo(1);
            });
        }
    }

    @Test
    void should_pick_up_files_in_a_new_sub_folder_when_watching() {
        // given
        KnowledgeFolder folder = KnowledgeFolder.sample(knowledgeDir);
        try (KnowledgeIndex index = KnowledgeIndex.open(knowledgeDir, indexDir, SharedEmbedder.get())) {
            index.startWatching();

            // when
            folder.write("company/people/founders.md", """
                    # Founders

                    The founders met while studying horticulture in Wageningen and built the first
                    moisture probe in a student workshop.
                    """);

            // then
            await().atMost(PATIENCE).untilAsserted(() ->
                    assertThat(index.search(SearchQuery.of("horticulture Wageningen", 1).withMode(SearchMode.BM25)))
                            .singleElement().satisfies(h -> assertThat(h.passage().source()).isEqualTo("company/people/founders.md")));

            // and a later edit inside the new folder is seen too
            folder.write("company/people/founders.md", """
                    # Founders

                    The founders met while rowing in Delft.
                    """);
            await().atMost(PATIENCE).untilAsserted(() ->
                    assertThat(index.search(SearchQuery.of("rowing Delft", 1).withMode(SearchMode.BM25))).hasSize(1));
        }
    }

    @Test
    void should_drop_a_deleted_file_when_watching() {
        // given
        KnowledgeFolder folder = KnowledgeFolder.sample(knowledgeDir);
        try (KnowledgeIndex index = KnowledgeIndex.open(knowledgeDir, indexDir, SharedEmbedder.get())) {
            index.startWatching();
            SearchQuery query = SearchQuery.of("soil moisture valves", 5).withMode(SearchMode.BM25);
            assertThat(index.search(query)).isNotEmpty();

            // when
            folder.delete("company/acme.md");

            // then
            // the search view and the knowledge snapshot are published one after the other, so both are waited for
            await().atMost(PATIENCE).untilAsserted(() -> {
                assertThat(index.search(query)).isEmpty();
                assertThat(index.knowledge().file("company/acme.md")).isEmpty();
            });
        }
    }
}
