package dev.rehearse.bench;

import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.KnowledgeLoader;
import dev.rehearse.knowledge.Passage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A large knowledge folder made up for the speed benchmark: Markdown files whose sections are
 * shuffled sentences of the bundled knowledge, with a few made-up names and numbers so no two
 * passages are alike. Seeded, so every run indexes the same text.
 */
final class GeneratedKnowledge {

    private static final int SECTIONS_PER_FILE = 100;

    private final List<String> sentences;
    private final List<String> words;
    private final Random random;

    private GeneratedKnowledge(List<String> sentences, List<String> words, long seed) {
        this.sentences = sentences;
        this.words = words;
        this.random = new Random(seed);
    }

    /** Learns sentences and words from the knowledge in {@code source}. */
    static GeneratedKnowledge from(Path source, long seed) {
        KnowledgeBase kb = new KnowledgeLoader().load(source);
        Set<String> sentences = new LinkedHashSet<>();
        Set<String> words = new LinkedHashSet<>();
        for (Passage p : kb.passages()) {
            for (String s : p.text().replaceAll("\\s+", " ").split("(?<=[.!?])\\s+")) {
                int n = s.split(" ").length;
                if (n >= 6 && n <= 45 && !s.startsWith("-") && !s.contains("**")) {
                    sentences.add(s.strip());
                }
            }
            for (String w : p.text().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
                if (w.length() >= 5) {
                    words.add(w);
                }
            }
        }
        return new GeneratedKnowledge(new ArrayList<>(sentences), new ArrayList<>(words), seed);
    }

    /** Writes files of 100 sections each until {@code passages} sections exist; returns the folder. */
    Path write(Path dir, int passages) throws IOException {
        Files.createDirectories(dir);
        int written = 0;
        for (int file = 0; written < passages; file++) {
            StringBuilder md = new StringBuilder("# Generated notes ").append(file).append("\n\n");
            for (int s = 0; s < SECTIONS_PER_FILE && written < passages; s++, written++) {
                md.append("## ").append(word()).append(' ').append(word()).append(" (").append(file).append('.').append(s).append(")\n\n");
                md.append(paragraph()).append("\n\n");
            }
            Files.writeString(dir.resolve(String.format("generated-%03d.md", file)), md);
        }
        return dir;
    }

    /** 90 to 200 words: whole sentences, one made-up detail. */
    String paragraph() {
        StringBuilder p = new StringBuilder();
        int target = 90 + random.nextInt(110);
        int count = 0;
        while (count < target) {
            String s = sentences.get(random.nextInt(sentences.size()));
            p.append(p.length() == 0 ? "" : " ").append(s);
            count += s.split(" ").length;
        }
        p.append(" Reference ").append(word()).append('-').append(random.nextInt(100_000)).append('.');
        return p.toString();
    }

    /** A query of the kind people type: a few words of a sentence, or a couple of topic words. */
    String query() {
        if (random.nextBoolean()) {
            String[] w = sentences.get(random.nextInt(sentences.size())).split(" ");
            int len = Math.min(w.length, 4 + random.nextInt(5));
            int from = random.nextInt(w.length - len + 1);
            return String.join(" ", java.util.Arrays.copyOfRange(w, from, from + len));
        }
        return word() + " " + word() + (random.nextBoolean() ? " " + word() : "");
    }

    private String word() {
        return words.get(random.nextInt(words.size()));
    }
}
