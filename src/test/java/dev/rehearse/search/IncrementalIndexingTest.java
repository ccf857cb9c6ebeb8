package dev.rehearse.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.knowledge.Passage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("integration")
class IncrementalIndexingTest {

    @TempDir
    Path knowledgeDir;
    @TempDir
    Path indexDir;

    private final MiniLmEmbedder embedder = SharedEmbedder.get();

    private KnowledgeIndex open() {
        return KnowledgeIndex.open(knowledgeDir, indexDir, embedder);
    }

    private static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(h -> h.passage().id()).toList();
    }

    @Test
    void should_embed_every_passage_when_the_index_is_new() {
        // given
        KnowledgeFolder.sample(knowledgeDir);

        // when
        try (KnowledgeIndex index = open()) {
            SyncReport report = index.stats().lastReport();

            // then
            assertThat(report.filesAdded()).isEqualTo(2);
            assertThat(report.passagesEmbedded()).isEqualTo(index.knowledge().passages().size()).isPositive();
            assertThat(report.passagesTotal()).isEqualTo(report.passagesEmbedded());
        }
    }

    @Test
    void should_embed_nothing_when_reopened_with_unchanged_files() {
        // given
        KnowledgeFolder.sample(knowledgeDir);
        int passages;
        try (KnowledgeIndex first = open()) {
            passages = first.knowledge().passages().size();
        }

        // when
        try (KnowledgeIndex second = open()) {
            SyncReport report = second.stats().lastReport();

            // then
            assertThat(report.passagesEmbedded()).isZero();
            assertThat(report.filesUnchanged()).isEqualTo(2);
            assertThat(report.filesAdded() + report.filesChanged() + report.filesRemoved()).isZero();
            assertThat(report.passagesTotal()).isEqualTo(passages);
            assertThat(second.search(SearchQuery.of("soil moisture valves", 3))).isNotEmpty();
        }
    }

    @Test
    void should_reembed_only_the_edited_files_passages_when_one_file_changes() {
        // given
        KnowledgeFolder folder = KnowledgeFolder.sample(knowledgeDir);
        try (KnowledgeIndex index = open()) {
            int notesPassages = index.knowledge().file("candidate/notes.txt").orElseThrow().passages().size();

            // when
            folder.write("company/acme.md", KnowledgeFolder.COMPANY.replace("greenhouse irrigation controllers",
                    "hydroponic nutrient dosing pumps"));
            SyncReport report = index.sync();

            // then
            int acmePassages = index.knowledge().file("company/acme.md").orElseThrow().passages().size();
            assertThat(report.filesChanged()).isEqualTo(1);
            assertThat(report.filesUnchanged()).isEqualTo(1);
            assertThat(report.passagesEmbedded()).isEqualTo(acmePassages);
            assertThat(report.passagesTotal()).isEqualTo(acmePassages + notesPassages);
            List<SearchHit> hits = index.search(SearchQuery.of("hydroponic dosing pumps", 1).withMode(SearchMode.BM25));
            assertThat(hits).singleElement().satisfies(h -> assertThat(h.passage().text()).contains("hydroponic nutrient dosing pumps"));
            assertThat(index.search(SearchQuery.of("greenhouse irrigation", 5).withMode(SearchMode.BM25))).isEmpty();
        }
    }

    @Test
    void should_remove_a_deleted_files_passages_from_search_and_lookup() {
        // given
        KnowledgeFolder folder = KnowledgeFolder.sample(knowledgeDir);
        try (KnowledgeIndex index = open()) {
            List<String> acmeIds = index.knowledge().file("company/acme.md").orElseThrow().passages().stream()
                    .map(Passage::id).toList();
            assertThat(ids(index.search(SearchQuery.of("irrigation controllers for growers", 5)))).containsAnyElementsOf(acmeIds);

            // when
            folder.delete("company/acme.md");
            SyncReport report = index.sync();

            // then
            assertThat(report.filesRemoved()).isEqualTo(1);
            assertThat(report.passagesEmbedded()).isZero();
            for (SearchMode mode : SearchMode.values()) {
                assertThat(ids(index.search(SearchQuery.of("irrigation controllers for growers", 50).withMode(mode))))
                        .doesNotContainAnyElementsOf(acmeIds);
            }
            assertThat(acmeIds).allSatisfy(id -> assertThat(index.passage(id)).isEmpty());
            assertThat(index.stats().vectors()).isEqualTo(index.knowledge().passages().size());
        }
    }

    @Test
    void should_rebuild_and_search_again_when_a_segment_file_is_truncated() throws IOException {
        // given
        KnowledgeFolder.sample(knowledgeDir);
        int passages;
        try (KnowledgeIndex index = open()) {
            passages = index.knowledge().passages().size();
        }
        Path biggest = largestIndexFile();
        try (RandomAccessFile f = new RandomAccessFile(biggest.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }

        // when
        try (KnowledgeIndex index = open()) {
            SyncReport report = index.stats().lastReport();

            // then
            assertThat(report.filesAdded()).isEqualTo(2);
            assertThat(report.passagesEmbedded()).isEqualTo(passages);
            assertThat(index.search(SearchQuery.of("soil moisture valves", 3))).isNotEmpty();
        }
    }

    @Test
    void should_rebuild_when_bytes_inside_a_segment_are_garbled() throws IOException {
        // given
        KnowledgeFolder.sample(knowledgeDir);
        try (KnowledgeIndex index = open()) {
            assertThat(index.knowledge().passages()).isNotEmpty();
        }
        Path biggest = largestIndexFile();
        try (RandomAccessFile f = new RandomAccessFile(biggest.toFile(), "rw")) {
            // the middle of the file, clear of the header and the checksum footer
            f.seek(f.length() / 2);
            f.write(new byte[] {0x13, 0x37, 0x42, 0x42, 0x13, 0x37, 0x42, 0x42});
        }

        // when
        try (KnowledgeIndex index = open()) {
            // then
            assertThat(index.stats().lastReport().filesAdded()).isEqualTo(2);
            assertThat(index.search(SearchQuery.of("stakeholder wanted a dashboard", 3).withMode(SearchMode.BM25)))
                    .first().satisfies(h -> assertThat(h.passage().text()).contains("dashboard"));
        }
    }

    @Test
    void should_rebuild_when_junk_files_pose_as_a_newer_commit() throws IOException {
        // given
        KnowledgeFolder.sample(knowledgeDir);
        try (KnowledgeIndex index = open()) {
            assertThat(index.knowledge().passages()).isNotEmpty();
        }
        Files.writeString(indexDir.resolve("segments_99"), "this is not a Lucene commit");
        Files.writeString(indexDir.resolve("_zz.cfs"), "nor is this a segment");

        // when
        try (KnowledgeIndex index = open()) {
            // then
            assertThat(index.stats().lastReport().filesAdded()).isEqualTo(2);
            assertThat(index.search(SearchQuery.of("retry a failed load", 3))).isNotEmpty();
        }
        assertThat(indexDir.resolve("segments_99")).doesNotExist();
    }

    @Test
    void should_rebuild_when_the_index_was_written_in_another_format() throws IOException {
        // given: a valid Lucene index whose commit says it is of an older layout
        KnowledgeFolder.sample(knowledgeDir);
        try (KnowledgeIndex index = open()) {
            assertThat(index.knowledge().passages()).isNotEmpty();
        }
        try (FSDirectory dir = FSDirectory.open(indexDir);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            w.setLiveCommitData(Map.of(IndexFields.COMMIT_FORMAT, "0", IndexFields.COMMIT_MODEL, "some-old-model").entrySet());
            w.commit();
        }

        // when
        try (KnowledgeIndex index = open()) {
            // then
            assertThat(index.stats().lastReport().filesAdded()).isEqualTo(2);
            assertThat(index.stats().lastReport().passagesEmbedded()).isEqualTo(index.knowledge().passages().size());
        }
    }

    @Test
    void should_refuse_without_wiping_when_another_process_holds_the_index() {
        // given
        KnowledgeFolder.sample(knowledgeDir);
        try (KnowledgeIndex first = open()) {
            // when / then
            assertThatThrownBy(this::open)
                    .isInstanceOf(IndexUnavailableException.class)
                    .hasMessageContaining("in use by another Rehearse process");
            assertThat(first.search(SearchQuery.of("soil moisture", 3))).isNotEmpty();
        }
        try (KnowledgeIndex again = open()) {
            assertThat(again.stats().lastReport().passagesEmbedded()).isZero();
        }
    }

    @Test
    void should_read_a_knowledge_folder_reached_through_a_symbolic_link(@TempDir Path links) throws IOException {
        // given
        KnowledgeFolder.sample(knowledgeDir);
        Path link = Files.createSymbolicLink(links.resolve("notes-link"), knowledgeDir);

        // when
        try (KnowledgeIndex index = KnowledgeIndex.open(link, indexDir, embedder)) {
            // then
            assertThat(index.stats().files()).isEqualTo(2);
            assertThat(index.search(SearchQuery.of("soil moisture valves", 3))).isNotEmpty();
        }
    }

    @Test
    void should_keep_question_bank_and_passages_in_the_snapshot_after_sync() {
        // given
        KnowledgeFolder folder = KnowledgeFolder.sample(knowledgeDir);
        try (KnowledgeIndex index = open()) {
            assertThat(index.knowledge().questions()).hasSize(2);

            // when
            folder.write("candidate/more.txt", """
                    Why do you want this role?

                    "Because the data foundation work is where I do my best work."
                    """);
            SyncReport report = index.sync();

            // then
            assertThat(report.filesAdded()).isEqualTo(1);
            assertThat(index.knowledge().questions()).hasSize(3);
            assertThat(index.stats().files()).isEqualTo(3);
        }
    }

    private Path largestIndexFile() throws IOException {
        try (Stream<Path> files = Files.list(indexDir)) {
            return files.filter(p -> !p.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
    }
}
