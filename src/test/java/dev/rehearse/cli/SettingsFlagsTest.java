package dev.rehearse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.config.Env;
import dev.rehearse.config.ServerSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line as picocli reads it: each flag reaches the settings and wins over the environment (the .env
 * side is in ServerSettingsTest; the working folder's .env through the real process in DotenvServeTest).
 */
class SettingsFlagsTest {

    @TempDir
    Path folder;

    private Path envNotes;
    private Path flagNotes;
    private Env env;

    @BeforeEach
    void environment() throws IOException {
        envNotes = Files.createDirectory(folder.resolve("env-notes"));
        flagNotes = Files.createDirectory(folder.resolve("flag-notes"));
        env = Env.of(Map.of("REHEARSE_HOST", "127.0.0.2", "REHEARSE_PORT", "8001", "REHEARSE_KNOWLEDGE", envNotes.toString(),
                "REHEARSE_DATA_DIR", folder.resolve("env-data").toString()));
    }

    /** The subcommand picocli builds for {@code args}, its options set, without running it. */
    private static Object parsed(String... args) {
        CommandLine.ParseResult result = new CommandLine(new RehearseCommand()).parseArgs(args);
        return result.subcommand().commandSpec().userObject();
    }

    @Test
    void should_serve_with_every_flag_over_the_environment() {
        // when
        ServeCommand serve = (ServeCommand) parsed("serve", "--host", "127.0.0.4", "--port", "8003",
                "--knowledge", flagNotes.toString(), "--data-dir", folder.resolve("flag-data").toString());
        ServerSettings s = serve.settings(env);

        // then
        assertThat(s.host()).isEqualTo("127.0.0.4");
        assertThat(s.port()).isEqualTo(8003);
        assertThat(s.knowledgeDir()).isEqualTo(flagNotes);
        assertThat(s.dataDir()).isEqualTo(folder.resolve("flag-data"));
    }

    @Test
    void should_serve_with_the_environment_where_no_flag_is_given() {
        // when: only the port is given
        ServerSettings s = ((ServeCommand) parsed("serve", "--port", "8003")).settings(env);

        // then
        assertThat(s.port()).isEqualTo(8003);
        assertThat(s.host()).isEqualTo("127.0.0.2");
        assertThat(s.knowledgeDir()).isEqualTo(envNotes);
        assertThat(s.dataDir()).isEqualTo(folder.resolve("env-data"));
    }

    @Test
    void should_give_the_other_commands_the_same_folder_flags() {
        // when
        IndexCommand index = (IndexCommand) parsed("index", "--knowledge", flagNotes.toString());
        SearchCommand search = (SearchCommand) parsed("search", "--data-dir", folder.resolve("flag-data").toString(), "q");

        // then
        assertThat(index.folders.resolve(env).knowledgeDir()).isEqualTo(flagNotes);
        assertThat(index.folders.resolve(env).dataDir()).isEqualTo(folder.resolve("env-data"));
        assertThat(search.folders.resolve(env).dataDir()).isEqualTo(folder.resolve("flag-data"));
        assertThat(search.folders.resolve(env).knowledgeDir()).isEqualTo(envNotes);
    }

    @Test
    void should_name_the_port_flag_when_it_is_not_a_number() {
        // when
        StringWriter err = new StringWriter();
        int code = RehearseCommand.execute(new String[] {"serve", "--port", "abc"}, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));

        // then: picocli refuses it before any work, with the usage below the message
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("Invalid value for option '--port': 'abc' is not an int")
                .doesNotContain("\tat ").doesNotContain("Exception");
    }
}
