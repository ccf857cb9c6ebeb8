package dev.rehearse.coach.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The data-engineering words the spelling check accepts (upsert, Debezium, DAGs …), from a bundled list, in the
 * forms a speaker writes them: as listed, lower case, capitalised at a sentence start, and plural.
 */
public final class TechnicalWords {

    private static final String RESOURCE = "/coach/data-engineering-words.txt";

    private TechnicalWords() {
    }

    /** Every accepted form of every listed word. */
    public static Set<String> all() {
        Set<String> out = new TreeSet<>();
        try (InputStream in = TechnicalWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    forms(word, out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
        return out;
    }

    private static void forms(String word, Set<String> into) {
        String lower = word.toLowerCase(Locale.ROOT);
        String capital = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        for (String w : new String[] {word, lower, capital}) {
            into.add(w);
            into.add(w + "s");
        }
    }
}
