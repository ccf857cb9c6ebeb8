package dev.rehearse.llm.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.judgement.JudgementSet;
import dev.rehearse.judgement.PlantedInvention;
import dev.rehearse.llm.reply.InventionFlag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole planted-invention set through the guard with the sources it sees in the app: the draft and the
 * candidate's notes as the candidate's material, the company research files apart.
 */
class PlantedInventionsTest {

    private static SourceFacts knowledge;
    private static final List<String> missed = new ArrayList<>();
    private static final List<String> falseFlags = new ArrayList<>();
    private static int inventions;
    private static int reuses;

    @BeforeAll
    static void runTheSet() {
        knowledge = SourceFacts.of(List.of(read(Path.of("knowledge/candidate/theydo-data-engineer-notes.txt"))))
                .with(SourceFacts.research(researchParagraphs()));
        for (PlantedInvention p : JudgementSet.inventions()) {
            List<String> flags = new InventionGuard(knowledge.with(SourceFacts.of(List.of(p.draft()))))
                    .check("revisedAnswer", p.output()).stream().map(InventionFlag::text).toList();
            if (p.isInvention()) {
                inventions++;
                if (flags.stream().noneMatch(f -> overlaps(f, p.invented()))) {
                    missed.add(p.id() + " " + p.kind() + " \"" + p.invented() + "\" flags=" + flags);
                }
            } else {
                reuses++;
                if (!flags.isEmpty()) {
                    falseFlags.add(p.id() + " " + p.kind() + " " + flags + " in: " + p.output());
                }
            }
        }
        System.out.printf(Locale.ROOT, "planted inventions: recall %d/%d = %.1f%%, false flags %d/%d = %.1f%%%n",
                inventions - missed.size(), inventions, 100.0 * (inventions - missed.size()) / inventions,
                falseFlags.size(), reuses, 100.0 * falseFlags.size() / reuses);
        missed.forEach(m -> System.out.println("  missed " + m));
        falseFlags.forEach(f -> System.out.println("  false flag " + f));
    }

    @Test
    void should_flag_every_planted_invention() {
        assertThat(inventions).isGreaterThanOrEqualTo(40);
        assertThat(missed).isEmpty();
    }

    @Test
    void should_falsely_flag_at_most_two_percent_of_the_legitimate_reuses() {
        assertThat(reuses).isGreaterThanOrEqualTo(40);
        assertThat(falseFlags.size()).isLessThanOrEqualTo((int) Math.floor(reuses * 0.02));
    }

    /** A flag catches an invention when one holds the other: "4,000" in "4,000+ hours", "PayPal" in "at PayPal itself". */
    private static boolean overlaps(String flag, String invented) {
        String f = flag.toLowerCase(Locale.ROOT);
        String i = invented.toLowerCase(Locale.ROOT);
        return i.contains(f) || f.contains(i);
    }

    private static List<String> researchParagraphs() {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("knowledge/company"))) {
            for (Path file : files.sorted().toList()) {
                // one text a section, as the knowledge base cuts the research into passages
                for (String section : read(file).split("(?m)^(?=#)")) {
                    out.add(section);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
