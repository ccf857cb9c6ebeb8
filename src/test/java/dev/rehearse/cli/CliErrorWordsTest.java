package dev.rehearse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.search.IndexUnavailableException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-line error of a failed command is in plain words: no Java class names. */
class CliErrorWordsTest {

    @TempDir
    Path data;

    @Test
    void should_drop_a_wrapped_exception_class_name_from_the_message() {
        // given: what the index says when it cannot create its folder
        FileSystemException cause = new FileSystemException("/d/index", null, "Read-only file system");
        IndexUnavailableException e = new IndexUnavailableException("cannot create the index in /d/index: " + cause, cause);

        // when
        String message = RehearseCommand.userMessage(e);

        // then
        assertThat(message).doesNotContain("java.nio").doesNotContain("Exception")
                .isEqualTo("cannot create the index in /d/index: /d/index: Read-only file system");
    }

    @Test
    void should_name_the_file_and_the_reason_for_an_unexpected_file_system_failure() {
        // given
        RuntimeException e = new UncheckedIOException("write failed", new AccessDeniedException("/d/rehearse.db"));

        // when
        String message = RehearseCommand.userMessage(e);

        // then
        assertThat(message).isEqualTo("cannot use /d/rehearse.db: permission denied; check that the data folder "
                + "(--data-dir or REHEARSE_DATA_DIR) is writable");
    }

    @Test
    void should_print_a_data_folder_that_cannot_be_used_without_class_names() throws Exception {
        // given: a file where the data folder should be
        Path notAFolder = Files.writeString(data.resolve("not-a-folder"), "x");
        StringWriter err = new StringWriter();

        // when
        int code = RehearseCommand.execute(new String[] {"search", "--knowledge", "knowledge", "--data-dir",
                notAFolder.toString(), "aggregation"}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));

        // then
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("rehearse: ").doesNotContain("java.").doesNotContain("Exception")
                .doesNotContain("\tat ");
    }
}
