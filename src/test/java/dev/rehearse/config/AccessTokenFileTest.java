package dev.rehearse.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The access token read from a file, so it never has to appear on a command line that {@code ps} shows. */
class AccessTokenFileTest {

    private static final String TOKEN = "file-token-0123456789abcdef";

    @TempDir
    Path folder;

    private Path knowledge;

    @BeforeEach
    void folders() throws IOException {
        knowledge = Files.createDirectory(folder.resolve("knowledge"));
    }

    private ServerSettings resolve(Env env, String tokenFlag, String fileFlag) {
        return ServerSettings.resolve(env, "0.0.0.0", 0, knowledge, folder.resolve("data"), tokenFlag, fileFlag);
    }

    @Test
    void should_read_the_token_from_the_file_named_by_the_flag() throws IOException {
        // given: the file an editor or echo writes, final newline included
        Path file = Files.writeString(folder.resolve("token"), TOKEN + "\n");

        // when
        ServerSettings settings = resolve(Env.of(Map.of()), null, file.toString());

        // then
        assertThat(settings.accessToken()).isEqualTo(TOKEN);
        assertThat(settings.requiresToken()).isTrue();
    }

    @Test
    void should_read_the_token_from_the_file_named_by_the_environment() throws IOException {
        // given
        Path file = Files.writeString(folder.resolve("token"), "  " + TOKEN + "  \r\n\n");
        Env env = Env.of(Map.of(ServerSettings.ACCESS_TOKEN_FILE_VARIABLE, file.toString()));

        // when
        ServerSettings settings = resolve(env, null, null);

        // then
        assertThat(settings.accessToken()).isEqualTo(TOKEN);
    }

    @Test
    void should_let_the_flag_win_over_the_token_file_of_the_environment() throws IOException {
        // given
        Path envFile = Files.writeString(folder.resolve("env-token"), "env-token-0123456789abcdef");
        Path flagFile = Files.writeString(folder.resolve("flag-token"), TOKEN);
        Env env = Env.of(Map.of(ServerSettings.ACCESS_TOKEN_FILE_VARIABLE, envFile.toString()));

        // when
        ServerSettings settings = resolve(env, null, flagFile.toString());

        // then
        assertThat(settings.accessToken()).isEqualTo(TOKEN);
    }

    @Test
    void should_name_the_flag_and_the_path_when_the_file_is_missing() {
        // given
        Path missing = folder.resolve("no-such-token");

        // when / then
        assertThatThrownBy(() -> resolve(Env.of(Map.of()), null, missing.toString()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("--access-token-file names a file that does not exist: " + missing);
    }

    @Test
    void should_name_the_variable_when_the_file_it_names_is_empty() throws IOException {
        // given
        Path empty = Files.writeString(folder.resolve("empty"), " \n");
        Env env = Env.of(Map.of(ServerSettings.ACCESS_TOKEN_FILE_VARIABLE, empty.toString()));

        // when / then
        assertThatThrownBy(() -> resolve(env, null, null))
                .isInstanceOf(ConfigException.class)
                .hasMessage("REHEARSE_ACCESS_TOKEN_FILE names an empty file; write the access token into it: " + empty);
    }

    @Test
    void should_refuse_a_file_of_several_lines_without_showing_its_content() throws IOException {
        // given: the wrong file, say a notes file full of secrets
        Path notes = Files.writeString(folder.resolve("notes"), "first-secret-line-000000\nsecond-secret-line-0000\n");

        // when / then
        assertThatThrownBy(() -> resolve(Env.of(Map.of()), null, notes.toString()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("several lines")
                .hasMessageNotContaining("secret-line");
    }

    @Test
    void should_refuse_a_token_and_a_token_file_given_together() throws IOException {
        // given
        Path file = Files.writeString(folder.resolve("token"), TOKEN);
        Env both = Env.of(Map.of(ServerSettings.ACCESS_TOKEN_VARIABLE, TOKEN,
                ServerSettings.ACCESS_TOKEN_FILE_VARIABLE, file.toString()));

        // when / then
        assertThatThrownBy(() -> resolve(Env.of(Map.of()), TOKEN, file.toString()))
                .isInstanceOf(ConfigException.class).hasMessage("give --access-token or --access-token-file, not both");
        assertThatThrownBy(() -> resolve(both, null, null))
                .isInstanceOf(ConfigException.class)
                .hasMessage("set REHEARSE_ACCESS_TOKEN or REHEARSE_ACCESS_TOKEN_FILE, not both");
    }

    @Test
    void should_check_a_token_from_a_file_as_any_other() throws IOException {
        // given
        Path shortToken = Files.writeString(folder.resolve("short"), "letmein");

        // when / then
        assertThatThrownBy(() -> resolve(Env.of(Map.of()), null, shortToken.toString()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("at least 16 characters")
                .hasMessageNotContaining("letmein");
    }
}
