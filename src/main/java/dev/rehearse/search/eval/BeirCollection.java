package dev.rehearse.search.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A retrieval test collection in BEIR's layout: {@code corpus.jsonl} ({@code _id}, {@code title},
 * {@code text}), {@code queries.jsonl} ({@code _id}, {@code text}) and {@code qrels/test.tsv}
 * (query id, document id, graded relevance; a header line). Only queries with judgements are kept.
 */
public record BeirCollection(List<Document> documents, List<Query> queries, Map<String, Map<String, Integer>> judgements) {

    public record Document(String id, String title, String text) {
    }

    public record Query(String id, String text) {
    }

    public BeirCollection {
        documents = List.copyOf(documents);
        queries = List.copyOf(queries);
        judgements = Map.copyOf(judgements);
    }

    /** Reads the collection; a missing or malformed file is reported by name and line. */
    public static BeirCollection load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BeirFormatException("BEIR folder not found: " + dir.toAbsolutePath().normalize());
        }
        Path corpusFile = dir.resolve("corpus.jsonl");
        Path queriesFile = dir.resolve("queries.jsonl");
        Path qrelsFile = dir.resolve("qrels").resolve("test.tsv");
        ObjectMapper json = new ObjectMapper();
        List<Document> documents = new ArrayList<>();
        readLines(corpusFile, (line, n) -> {
            JsonNode node = parse(json, line, corpusFile, n);
            documents.add(new Document(required(node, "_id", corpusFile, n), node.path("title").asText(""),
                    node.path("text").asText("")));
        });
        Map<String, Map<String, Integer>> judgements = new HashMap<>();
        readLines(qrelsFile, (line, n) -> {
            String[] cols = line.split("\t");
            if (n == 1 && cols.length >= 3 && !cols[2].strip().matches("-?\\d+")) {
                return; // the header
            }
            if (cols.length < 3) {
                throw new BeirFormatException(qrelsFile + " line " + n + ": expected query-id, corpus-id and score separated by tabs");
            }
            int score;
            try {
                score = Integer.parseInt(cols[2].strip());
            } catch (NumberFormatException e) {
                throw new BeirFormatException(qrelsFile + " line " + n + ": score is not a whole number: " + cols[2]);
            }
            judgements.computeIfAbsent(cols[0].strip(), q -> new HashMap<>()).put(cols[1].strip(), score);
        });
        Map<String, Query> queries = new LinkedHashMap<>();
        readLines(queriesFile, (line, n) -> {
            JsonNode node = parse(json, line, queriesFile, n);
            String id = required(node, "_id", queriesFile, n);
            if (judgements.containsKey(id)) {
                queries.put(id, new Query(id, node.path("text").asText("")));
            }
        });
        if (documents.isEmpty()) {
            throw new BeirFormatException(corpusFile + " has no documents");
        }
        if (queries.isEmpty()) {
            throw new BeirFormatException(queriesFile + " has no query with a judgement in " + qrelsFile);
        }
        return new BeirCollection(documents, new ArrayList<>(queries.values()), judgements);
    }

    private interface LineHandler {
        void accept(String line, int number);
    }

    private static void readLines(Path file, LineHandler handler) {
        if (!Files.isRegularFile(file)) {
            throw new BeirFormatException("missing " + file + " (a BEIR folder has corpus.jsonl, queries.jsonl and qrels/test.tsv)");
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    handler.accept(line, n);
                }
            }
        } catch (IOException e) {
            throw new BeirFormatException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static JsonNode parse(ObjectMapper json, String line, Path file, int n) {
        try {
            return json.readTree(line);
        } catch (IOException e) {
            throw new BeirFormatException(file + " line " + n + " is not valid JSON");
        }
    }

    private static String required(JsonNode node, String field, Path file, int n) {
        JsonNode v = node.get(field);
        if (v == null || v.asText().isEmpty()) {
            throw new BeirFormatException(file + " line " + n + " has no " + field);
        }
        return v.asText();
    }
}
