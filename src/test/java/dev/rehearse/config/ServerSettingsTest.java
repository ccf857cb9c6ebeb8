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

/**
 * Where the four server settings come from: the default, the environment, a {@code .env} file in the given
 * folder, or a flag, in that order of strength; and what a value Rehearse cannot use is told. The process
 * environment is passed in, so a developer's own {@code REHEARSE_} variables cannot change the outcome.
 */
class ServerSettingsTest {

    @TempDir
    Path folder;

    private Path fromEnv;
    private Path fromDotenv;
    private Path fromFlag;

    @BeforeEach
    void knowledgeFolders() throws IOException {
        fromEnv = Files.createDirectory(folder.resolve("notes-env"));
        fromDotenv = Files.createDirectory(folder.resolve("notes-dotenv"));
        fromFlag = Files.createDirectory(folder.resolve("notes-flag"));
    }

    private void dotenv(String... lines) throws IOException {
        Files.writeString(folder.resolve(".env"), String.join("\n", lines) + "\n");
    }

    private Map<String, String> allFourInTheEnvironment() {
        return Map.of("REHEARSE_HOST", "127.0.0.2", "REHEARSE_PORT", "8001",
                "REHEARSE_KNOWLEDGE", fromEnv.toString(), "REHEARSE_DATA_DIR", folder.resolve("data-env").toString());
    }

    private void allFourInDotenv() throws IOException {
        dotenv("REHEARSE_HOST=127.0.0.3", "REHEARSE_PORT=8002", "REHEARSE_KNOWLEDGE=" + fromDotenv,
                "REHEARSE_DATA_DIR=" + folder.resolve("data-dotenv"));
    }

    private static ServerSettings withoutFlags(Env env) {
        return ServerSettings.resolve(env, null, null, null, null);
    }

    @Test
    void should_use_the_defaults_when_nothing_is_set() {
        // given: no variable and no .env (the default knowledge folder is ./knowledge, the repository's own)
        Env env = Env.load(folder, Map.of("PATH", "/usr/bin"));

        // when
        ServerSettings s = withoutFlags(env);

        // then
        assertThat(s.host()).isEqualTo("127.0.0.1");
        assertThat(s.port()).isEqualTo(7070);
        assertThat(s.knowledgeDir()).isEqualTo(Path.of("knowledge"));
        assertThat(s.dataDir()).isEqualTo(Path.of(".rehearse"));
    }

    @Test
    void should_read_each_setting_from_the_environment_when_no_flag_is_given() {
        ServerSettings s = withoutFlags(Env.load(folder, allFourInTheEnvironment()));

        assertThat(s.host()).isEqualTo("127.0.0.2");
        assertThat(s.port()).isEqualTo(8001);
        assertThat(s.knowledgeDir()).isEqualTo(fromEnv);
        assertThat(s.dataDir()).isEqualTo(folder.resolve("data-env"));
    }

    @Test
    void should_read_each_setting_from_dotenv_when_the_environment_does_not_set_it() throws IOException {
        // given
        allFourInDotenv();

        // when
        ServerSettings s = withoutFlags(Env.load(folder, Map.of("PATH", "/usr/bin")));

        // then
        assertThat(s.host()).isEqualTo("127.0.0.3");
        assertThat(s.port()).isEqualTo(8002);
        assertThat(s.knowledgeDir()).isEqualTo(fromDotenv);
        assertThat(s.dataDir()).isEqualTo(folder.resolve("data-dotenv"));
    }

    @Test
    void should_prefer_the_environment_over_dotenv_one_setting_at_a_time() throws IOException {
        // given: .env sets all four, the environment two of them, and a third blank (as `export REHEARSE_HOST=` does)
        allFourInDotenv();
        Map<String, String> environment = Map.of("REHEARSE_PORT", "8001", "REHEARSE_KNOWLEDGE", fromEnv.toString(),
                "REHEARSE_HOST", " ");

        // when
        ServerSettings s = withoutFlags(Env.load(folder, environment));

        // then: a blank variable counts as not set, so .env still gives the host
        assertThat(s.port()).isEqualTo(8001);
        assertThat(s.knowledgeDir()).isEqualTo(fromEnv);
        assertThat(s.host()).isEqualTo("127.0.0.3");
        assertThat(s.dataDir()).isEqualTo(folder.resolve("data-dotenv"));
    }

    @Test
    void should_let_each_flag_win_over_the_environment_and_dotenv() throws IOException {
        // given
        allFourInDotenv();
        Env env = Env.load(folder, allFourInTheEnvironment());

        // when
        ServerSettings s = ServerSettings.resolve(env, "127.0.0.4", 8003, fromFlag, folder.resolve("data-flag"));

        // then
        assertThat(s.host()).isEqualTo("127.0.0.4");
        assertThat(s.port()).isEqualTo(8003);
        assertThat(s.knowledgeDir()).isEqualTo(fromFlag);
        assertThat(s.dataDir()).isEqualTo(folder.resolve("data-flag"));
    }

    @Test
    void should_not_read_a_variable_whose_flag_is_given() throws IOException {
        // given: unusable values in .env and in the environment
        dotenv("REHEARSE_PORT=abc", "REHEARSE_KNOWLEDGE=" + folder.resolve("missing-notes"));
        Env env = Env.load(folder, Map.of("REHEARSE_HOST", "no-such-host.invalid"));

        // when: every one of them is overridden by a flag
        ServerSettings s = ServerSettings.resolve(env, "127.0.0.1", 8004, fromFlag, null);

        // then
        assertThat(s.port()).isEqualTo(8004);
        assertThat(s.knowledgeDir()).isEqualTo(fromFlag);
    }

    @Test
    void should_name_the_port_setting_a_bad_value_came_from() throws IOException {
        dotenv("REHEARSE_PORT=abc");
        assertThatThrownBy(() -> withoutFlags(Env.load(folder, Map.of())))
                .isInstanceOf(ConfigException.class).hasMessage("REHEARSE_PORT must be a whole number, got \"abc\"");

        assertThatThrownBy(() -> withoutFlags(Env.load(folder, Map.of("REHEARSE_PORT", "70000"))))
                .isInstanceOf(ConfigException.class).hasMessage("REHEARSE_PORT must be between 0 and 65535, got 70000");

        assertThatThrownBy(() -> ServerSettings.resolve(Env.of(Map.of()), null, -1, null, null))
                .isInstanceOf(ConfigException.class).hasMessage("--port must be between 0 and 65535, got -1");
    }

    @Test
    void should_name_the_host_setting_a_bad_value_came_from() {
        assertThatThrownBy(() -> ServerSettings.resolve(Env.of(Map.of()), "", null, null, null))
                .isInstanceOf(ConfigException.class).hasMessage("--host must not be empty");

        // .invalid is reserved: it never resolves
        assertThatThrownBy(() -> withoutFlags(Env.of(Map.of("REHEARSE_HOST", "rehearse.invalid"))))
                .isInstanceOf(ConfigException.class).hasMessage("REHEARSE_HOST names no known host: rehearse.invalid");
    }

    @Test
    void should_name_the_knowledge_setting_a_missing_or_wrong_folder_came_from() throws IOException {
        // given
        Path missing = folder.resolve("missing-notes");
        Path file = Files.writeString(folder.resolve("notes.txt"), "not a folder");
        dotenv("REHEARSE_KNOWLEDGE=" + missing);

        // then
        assertThatThrownBy(() -> withoutFlags(Env.load(folder, Map.of())))
                .isInstanceOf(ConfigException.class)
                .hasMessage("knowledge folder not found: " + missing + " (set by REHEARSE_KNOWLEDGE)");
        assertThatThrownBy(() -> ServerSettings.resolve(Env.of(Map.of()), null, null, file, null))
                .isInstanceOf(ConfigException.class)
                .hasMessage("knowledge folder " + file + " is a file, not a folder (set by --knowledge)");
    }

    @Test
    void should_name_the_data_dir_setting_when_it_is_a_file() throws IOException {
        // given: a data folder that does not exist yet is fine (it is created); a file is not
        Path file = Files.writeString(folder.resolve("data"), "not a folder");

        // then
        assertThat(withoutFlags(Env.of(Map.of("REHEARSE_DATA_DIR", folder.resolve("new-data").toString()))).dataDir())
                .isEqualTo(folder.resolve("new-data"));
        assertThatThrownBy(() -> withoutFlags(Env.of(Map.of("REHEARSE_DATA_DIR", file.toString()))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("data folder " + file + " is a file, not a folder (set by REHEARSE_DATA_DIR)");
        assertThatThrownBy(() -> ServerSettings.resolve(Env.of(Map.of()), null, null, null, file))
                .isInstanceOf(ConfigException.class)
                .hasMessage("data folder " + file + " is a file, not a folder (set by --data-dir)");
    }
}
