package dev.rehearse.config;

import io.github.cdimascio.dotenv.Dotenv;
import io.github.cdimascio.dotenv.DotenvEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The settings a user gives through the environment: real environment variables first, then a
 * {@code .env} file in the working folder. Command-line flags, read by the CLI, override both.
 */
public final class Env {

    private final Map<String, String> values;

    private Env(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** The process environment over the {@code .env} file in {@code folder}, if there is one. */
    public static Env load(Path folder) {
        return load(folder, System.getenv());
    }

    /**
     * {@code environment} over the {@code .env} file in {@code folder}, if there is one. A variable set blank in the
     * environment counts as not set, so the file's value still applies. Tests pass their own environment, so a
     * developer's own variables cannot change what they see.
     */
    public static Env load(Path folder, Map<String, String> environment) {
        Map<String, String> merged = new HashMap<>();
        if (Files.isRegularFile(folder.resolve(".env"))) {
            Dotenv dotenv = Dotenv.configure().directory(folder.toString()).ignoreIfMalformed().ignoreIfMissing().load();
            for (DotenvEntry e : dotenv.entries(Dotenv.Filter.DECLARED_IN_ENV_FILE)) {
                merged.put(e.getKey(), e.getValue());
            }
        }
        environment.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                merged.put(name, value);
            }
        });
        return new Env(merged);
    }

    /** The environment of the running process and the {@code .env} in the working folder. */
    public static Env load() {
        return load(Path.of("").toAbsolutePath());
    }

    /** Fixed values, for tests and embedding. */
    public static Env of(Map<String, String> values) {
        return new Env(values);
    }

    /** The value, when set and not blank. */
    public Optional<String> get(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    public String get(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    public int getInt(String name, int fallback) {
        return get(name).map(v -> parseInt(name, v)).orElse(fallback);
    }

    public double getDouble(String name, double fallback) {
        Optional<String> v = get(name);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.get());
        } catch (NumberFormatException e) {
            throw new ConfigException(name + " must be a number, got \"" + v.get() + "\"");
        }
    }

    public boolean getBoolean(String name, boolean fallback) {
        Optional<String> v = get(name);
        if (v.isEmpty()) {
            return fallback;
        }
        return switch (v.get().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new ConfigException(name + " must be true or false, got \"" + v.get() + "\"");
        };
    }

    static int parseInt(String name, String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(name + " must be a whole number, got \"" + v + "\"");
        }
    }
}
