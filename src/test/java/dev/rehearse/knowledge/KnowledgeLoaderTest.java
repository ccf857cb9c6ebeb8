package dev.rehearse.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeLoaderTest {

    @TempDir
    Path root;

    @Test
    void should_read_md_and_txt_at_any_depth_and_skip_what_is_not_knowledge() throws IOException {
        // given
        write("notes.txt", "Why us?\n\nBecause.\n");
        write("company/deep/er/facts.md", "# Facts\n\nSome facts about the company.\n");
        write(".hidden.md", "# Hidden\n\nsecret\n");
        write(".git/config.txt", "not knowledge\n");
        write("image.png", "png");
        Files.write(root.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
        Files.write(root.resolve("latin1.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));

        // when
        KnowledgeBase kb = new KnowledgeLoader().load(root);

        // then
        assertThat(kb.files()).extracting(ParsedFile::source).containsExactly("company/deep/er/facts.md", "notes.txt");
        assertThat(kb.questions()).extracting(PracticeQuestion::question).containsExactly("Why us?");
    }

    @Test
    void should_strip_a_byte_order_mark() throws IOException {
        byte[] text = "Why us?\n\nBecause.\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(root.resolve("bom.txt"), withBom);

        KnowledgeBase kb = new KnowledgeLoader().load(root);

        assertThat(kb.questions()).extracting(PracticeQuestion::question).containsExactly("Why us?");
    }

    @Test
    void should_name_the_folder_when_it_does_not_exist() {
        Path missing = root.resolve("nope");

        assertThatThrownBy(() -> new KnowledgeLoader().load(missing))
                .isInstanceOf(KnowledgeFolderException.class)
                .hasMessageContaining("knowledge folder not found")
                .hasMessageContaining("nope");
    }

    @Test
    void should_parse_the_bundled_knowledge() {
        KnowledgeBase kb = new KnowledgeLoader().load(Path.of("knowledge"));

        assertThat(kb.questions()).hasSizeGreaterThanOrEqualTo(11);
        assertThat(kb.count(PassageKind.ANSWER)).isGreaterThanOrEqualTo(11);
        assertThat(kb.passages()).allSatisfy(p -> assertThat(kb.passage(p.id())).contains(p));
    }

    private void write(String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void should_read_a_folder_reached_through_a_symbolic_link() throws IOException {
        write("real/notes.txt", "Why us?\n\nBecause.\n");
        Path link = Files.createSymbolicLink(root.resolve("link"), root.resolve("real"));

        KnowledgeBase kb = new KnowledgeLoader().load(link);

        assertThat(kb.files()).extracting(ParsedFile::source).containsExactly("notes.txt");
    }

    @Test
    void should_name_each_symbolic_link_loop_dangling_link_and_named_pipe_it_skips() throws Exception {
        // given
        write("notes/answers.txt", "Why us?\n\nBecause.\n");
        Files.createSymbolicLink(root.resolve("notes/up.md"), root.resolve("notes"));
        Files.createSymbolicLink(root.resolve("a.md"), root.resolve("b.md"));
        Files.createSymbolicLink(root.resolve("b.md"), root.resolve("a.md"));
        Files.createSymbolicLink(root.resolve("gone.txt"), root.resolve("deleted.txt"));
        Files.createSymbolicLink(root.resolve("linked.txt"), root.resolve("notes/answers.txt"));
        Path pipe = root.resolve("pipe.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed to make a named pipe");

        // when
        KnowledgeScan scan = new KnowledgeLoader().scan(root);

        // then
        assertThat(scan.files()).extracting(SourceFile::source).containsExactly("linked.txt", "notes/answers.txt");
        assertThat(scan.skipped()).extracting(SkippedFile::path)
                .containsExactly("a.md", "b.md", "gone.txt", "notes/up.md", "pipe.txt");
        assertThat(reason(scan, "a.md")).startsWith("it is a symbolic link loop");
        assertThat(reason(scan, "b.md")).startsWith("it is a symbolic link loop");
        assertThat(reason(scan, "notes/up.md")).isEqualTo("it is a symbolic link loop (it leads back to notes, a folder that holds it)");
        assertThat(reason(scan, "gone.txt")).isEqualTo("it is a dangling symbolic link (deleted.txt does not exist)");
        assertThat(reason(scan, "pipe.txt")).isEqualTo("it is a named pipe, socket or device, not a regular file");
    }

    private static String reason(KnowledgeScan scan, String path) {
        return scan.skipped().stream().filter(s -> s.path().equals(path)).findFirst().orElseThrow().reason();
    }
}
