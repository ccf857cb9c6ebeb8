package dev.rehearse.search.eval;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A query over the bundled knowledge with the passages that answer it, graded 2 for a passage that
 * answers it directly and 1 for one that supports the answer.
 *
 * @param id       the query's name
 * @param text     the query: a whole draft answer, as the coach searches with it
 * @param relevant judged passage ids and their grades
 */
record JudgedQuery(String id, String text, Map<String, Integer> relevant) {

    /** Long drafts, 150–400 words, written about the candidate's notes and the company research. */
    static final Path LONG_QUERIES = Path.of("src/test/resources/retrieval/long-queries.jsonl");

    static List<JudgedQuery> load(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<JudgedQuery> queries = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    queries.add(json.readValue(line, new TypeReference<JudgedQuery>() { }));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read judged queries from " + file, e);
        }
        return queries;
    }

    int words() {
        return text.trim().split("\\s+").length;
    }
}
