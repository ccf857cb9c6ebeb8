package dev.rehearse.coach.followup;

import dev.rehearse.text.Word;
import dev.rehearse.text.Words;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The domain probes an interviewer asks when a draft touches a topic (retries, backfills, schema changes,
 * lineage…), from {@code coach/probe-bank.txt} and, optionally, the user's own {@code probes.md} in the
 * knowledge folder. Each probe fires on words the draft itself uses, so the question can quote them.
 */
public final class ProbeBank {

    /** The bundled bank's file, and the name of the user's file in the knowledge folder. */
    public static final String RESOURCE = "coach/probe-bank.txt";
    public static final String USER_FILE = "probes.md";

    /** One probe: its topic, the draft words that fire it, and the question with its reason. */
    public record Probe(String topic, List<String> triggers, String question, String why) {
        public Probe {
            triggers = List.copyOf(triggers);
        }
    }

    /** A probe the draft fired: where, and with which words as the draft writes them. */
    public record Fired(Probe probe, String trigger, int start, int end) {
    }

    private final List<Probe> probes;

    private ProbeBank(List<Probe> probes) {
        this.probes = List.copyOf(probes);
    }

    public static ProbeBank bundled() {
        try (InputStream in = ProbeBank.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("probe bank missing from the class path: " + RESOURCE);
            }
            return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads probe lines ({@code topic | triggers | question | why}). The bundled file is strict: a
     * malformed line is a build error. A user's Markdown file is lenient: headings, prose and any line
     * without exactly four fields are skipped, so the file can explain itself.
     */
    public static ProbeBank parse(String name, String text, boolean strict) {
        List<Probe> out = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip().replaceFirst("^[-*]\\s+", "");
            if (line.isEmpty() || line.startsWith("#") || (line.startsWith("[") && line.endsWith("]"))) {
                continue;
            }
            String[] parts = line.split("\\s*\\|\\s*");
            boolean ok = parts.length == 4 && Arrays.stream(parts).noneMatch(String::isBlank);
            if (!ok) {
                if (strict) {
                    throw new IllegalStateException(name + ": expected topic | triggers | question | why, got " + line);
                }
                continue;
            }
            List<String> triggers = Arrays.stream(parts[1].split(","))
                    .map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty()).toList();
            out.add(new Probe(parts[0].strip().toLowerCase(Locale.ROOT), triggers, parts[2], parts[3]));
        }
        return new ProbeBank(out);
    }

    /** This bank with the other's probes added; a probe of the other bank replaces one of the same topic. */
    public ProbeBank with(ProbeBank other) {
        Map<String, Probe> byTopic = new LinkedHashMap<>();
        probes.forEach(p -> byTopic.put(p.topic(), p));
        other.probes.forEach(p -> byTopic.put(p.topic(), p));
        return new ProbeBank(new ArrayList<>(byTopic.values()));
    }

    public List<Probe> probes() {
        return probes;
    }

    /** The probes the text fires, each once, in the bank's order: earlier lines are the more central topics. */
    public List<Fired> fired(String text) {
        List<Word> words = Words.of(text);
        List<String> keys = words.stream().map(w -> key(w.text())).toList();
        List<Fired> out = new ArrayList<>();
        for (Probe p : probes) {
            Fired first = null;
            for (String trigger : p.triggers()) {
                Fired f = find(p, trigger, text, words, keys);
                if (f != null && (first == null || f.start() < first.start())) {
                    first = f;
                }
            }
            if (first != null) {
                out.add(first);
            }
        }
        return out;
    }

    private static Fired find(Probe p, String trigger, String text, List<Word> words, List<String> keys) {
        List<String> parts = Words.of(trigger).stream().map(w -> key(w.text())).toList();
        boolean prefix = trigger.endsWith("*");
        if (parts.isEmpty()) {
            return null;
        }
        for (int i = 0; i + parts.size() <= keys.size(); i++) {
            boolean match = true;
            for (int j = 0; j < parts.size() && match; j++) {
                String want = parts.get(j);
                String have = keys.get(i + j);
                boolean last = j == parts.size() - 1;
                match = last && prefix ? have.startsWith(want) : have.equals(want);
            }
            if (match) {
                int start = words.get(i).start();
                int end = words.get(i + parts.size() - 1).end();
                return new Fired(p, text.substring(start, end), start, end);
            }
        }
        return null;
    }

    /** A word as triggers compare it: lower case, hyphens and apostrophes dropped. */
    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replace("-", "").replace("'", "").replace("’", "");
    }
}
