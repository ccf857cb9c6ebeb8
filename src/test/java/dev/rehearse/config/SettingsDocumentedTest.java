package dev.rehearse.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every setting the program reads is one a user can find: in the README's configuration table and in
 * {@code .env.example}, which the README tells users to copy. A setting added in code and forgotten in both is
 * a setting nobody knows exists.
 */
class SettingsDocumentedTest {

    private static final Pattern SETTING = Pattern.compile("\"(REHEARSE_[A-Z_]+|(?:OPENAI|ANTHROPIC|STT)_[A-Z_]+)\"");

    @Test
    void should_document_every_setting_the_code_reads_in_the_readme_and_the_env_example() throws IOException {
        // given
        Set<String> read = settingsReadIn(Path.of("src/main/java"));
        String readme = Files.readString(Path.of("README.md"));
        String example = Files.readString(Path.of(".env.example"));

        // when
        Set<String> missingFromReadme = new TreeSet<>(read);
        missingFromReadme.removeIf(name -> names(readme, name));
        Set<String> missingFromExample = new TreeSet<>(read);
        missingFromExample.removeIf(name -> names(example, name));

        // then
        assertThat(read).as("the settings found in the code").contains("REHEARSE_HOST", "REHEARSE_LLM", "OPENAI_API_KEY");
        assertThat(missingFromReadme).as("settings the README's configuration does not name").isEmpty();
        assertThat(missingFromExample).as("settings .env.example does not name").isEmpty();
    }

    /** Whether the text names the setting itself, not only a longer one it begins ("REHEARSE_LLM_TIMEOUT"). */
    private static boolean names(String text, String setting) {
        return Pattern.compile("(?<![A-Z_])" + setting + "(?![A-Z_])").matcher(text).find();
    }

    private static Set<String> settingsReadIn(Path sources) throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                Matcher m = SETTING.matcher(Files.readString(file));
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }
}
