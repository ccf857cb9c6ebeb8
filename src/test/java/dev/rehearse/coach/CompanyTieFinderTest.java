package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearse.coach.report.Bridge;
import dev.rehearse.coach.report.CompanyTie;
import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.text.DraftText;
import dev.rehearse.coach.tie.ActionSentences;
import dev.rehearse.coach.tie.TieConcepts;
import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.MetaText;
import dev.rehearse.knowledge.PracticeQuestion;
import dev.rehearse.knowledge.ResearchFact;
import dev.rehearse.knowledge.ResearchFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Bridges over the bundled research, without search: the facts are ranked by the draft alone. */
class CompanyTieFinderTest {

    private static final KnowledgeBase KNOWLEDGE = CoachFixtures.knowledge();
    private static final KnowledgeVocabulary VOCABULARY = CoachFixtures.vocabulary();
    private static final DraftAnalyzer ANALYZER = CoachFixtures.analyzer();
    private final CompanyTieFinder finder = new CompanyTieFinder(CoachRules.shared());

    private CompanyTie tie(String question, String draft) {
        DraftAnalysis a = ANALYZER.analyze(question, draft, VOCABULARY, false);
        return finder.tie(question, DraftText.of(draft, CoachRules.shared().abbreviations), a, List.of(), List.of(), KNOWLEDGE, VOCABULARY);
    }

    @Test
    void should_tie_the_paypal_story_to_the_idempotent_support_logs_when_it_splits_ingestion_for_safe_retries() {
        // given
        PracticeQuestion q = CoachFixtures.notesQuestion("Can you walk me through a data system");

        // when
        CompanyTie tie = tie(q.question(), q.answer());

        // then
        assertThat(tie.bridges()).hasSizeBetween(2, 3);
        assertThat(tie.bridges()).extracting(Bridge::fact).anySatisfy(f -> assertThat(f).contains("idempotent").contains("no-op"));
        Bridge logs = tie.bridges().stream().filter(b -> b.fact().contains("idempotent")).findFirst().orElseThrow();
        assertThat(logs.sentence()).contains(logs.fact().replaceAll("\\.$", "").substring(1)).containsPattern("\\bI\\b");
        assertThat(logs.citation().source()).isEqualTo("company/data-plumbing.md");
        assertThat(logs.citation().endLine()).isEqualTo(logs.citation().startLine());
        assertThat(lineOf(logs)).contains("idempotent on sourceSystem.id plus transcript.id");
    }

    @Test
    void should_not_count_the_company_named_only_in_a_pitch_line_as_the_tie() {
        // given
        String question = "How do you keep a pipeline's reruns safe?";
        String story = "I split the nightly load into one job per day, so a failed day is re-run alone and nothing is counted twice. ";
        String pitched = story + "I'd bring the same rigour to TheyDo's customer journeys.";
        String named = story + "At TheyDo I'd check the same on every re-sent file.";

        // when
        CompanyTie pitch = tie(question, pitched);
        CompanyTie plain = tie(question, named);

        // then
        assertThat(pitch.tied()).as("the company named only in a pitch line").isFalse();
        assertThat(pitch.mentions()).as("its name is not shown as the tie").isEmpty();
        assertThat(plain.tied()).as("the company named in a sentence that says what would be done there").isTrue();
    }

    @Test
    void should_build_each_bridge_from_a_different_fact_and_a_clause_of_the_draft() {
        // given
        PracticeQuestion q = CoachFixtures.notesQuestion("Can you walk me through a data system");

        // when
        CompanyTie tie = tie(q.question(), q.answer());

        // then
        assertThat(tie.bridges()).extracting(Bridge::fact).doesNotHaveDuplicates();
        assertThat(tie.bridges()).extracting(Bridge::sentence).doesNotHaveDuplicates();
        for (Bridge b : tie.bridges()) {
            assertThat(b.sentence()).containsPattern("\\bI\\b").doesNotContain("(20").doesNotContain("github");
            assertThat(b.citation().endLine() - b.citation().startLine()).isLessThan(3);
        }
    }

    @Test
    void should_suggest_no_bridge_and_say_so_when_no_fact_fits_what_the_draft_did() {
        // given
        String draft = "I paint watercolours on Sundays and I walk my neighbour's spaniel along the canal.";

        // when
        CompanyTie tie = tie("What do you do outside work?", draft);

        // then
        assertThat(tie.bridges()).isEmpty();
        assertThat(tie.summary()).contains("no bridge is suggested");
    }

    /**
     * The measurement over the judgement set (every weak and strong draft): no bridge quotes meta-text,
     * none cites more than three lines, and at least 90% are on topic by an independent rule: the fact
     * shares a concept of tie-concepts.txt with one of the draft's first-person sentences.
     */
    @Test
    void should_keep_bridges_free_of_meta_text_short_in_citation_and_on_topic_over_the_judgement_set() throws IOException {
        // given
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> triples = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/judgement/triples.jsonl"))) {
            if (!line.isBlank()) {
                triples.add(json.readTree(line));
            }
        }
        TieConcepts concepts = TieConcepts.load();

        // when
        int drafts = 0;
        int withBridges = 0;
        int bridges = 0;
        int meta = 0;
        int longCitations = 0;
        int onTopic = 0;
        StringBuilder sample = new StringBuilder();
        for (JsonNode t : triples) {
            for (String kind : List.of("strong", "weak")) {
                String question = t.get("question").asText();
                String draft = t.get(kind).asText();
                drafts++;
                CompanyTie tie = tie(question, draft);
                withBridges += tie.bridges().isEmpty() ? 0 : 1;
                Set<String> actionConcepts = new HashSet<>();
                DraftText text = DraftText.of(draft, CoachRules.shared().abbreviations);
                DraftAnalysis a = ANALYZER.analyze(question, draft, VOCABULARY, false);
                ActionSentences.of(text, a.ownership(), Set.of(), concepts).forEach(s -> actionConcepts.addAll(s.concepts()));
                for (Bridge b : tie.bridges()) {
                    bridges++;
                    meta += MetaText.isMeta(b.fact()) || b.sentence().matches("(?s).*\\((?:notes|see)\\b.*") ? 1 : 0;
                    longCitations += b.citation().endLine() - b.citation().startLine() + 1 > 3 ? 1 : 0;
                    onTopic += concepts.of(b.fact()).stream().anyMatch(actionConcepts::contains) ? 1 : 0;
                    sample.append(t.get("id").asText()).append(' ').append(kind).append(": ").append(b.sentence())
                            .append(" [").append(b.citation().citation()).append("]\n");
                }
            }
        }
        System.out.printf("ties: %d drafts, %d with bridges, %d bridges, %d meta-text, %d citing > 3 lines, %d on topic (%.0f%%)%n",
                drafts, withBridges, bridges, meta, longCitations, onTopic, 100.0 * onTopic / Math.max(1, bridges));
        Files.writeString(Path.of("target/tie-bridges.txt"), sample);

        // then
        assertThat(drafts).isGreaterThanOrEqualTo(40);
        assertThat(meta).isZero();
        assertThat(longCitations).isZero();
        assertThat(onTopic).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * bridges));
    }

    private static String lineOf(Bridge b) {
        String text = KNOWLEDGE.file(b.citation().source()).orElseThrow().file().text();
        return text.split("\\R", -1)[b.citation().startLine() - 1];
    }

    @Test
    void should_read_every_bundled_research_file_as_fact_lines() {
        // when
        List<ResearchFact> facts = ResearchFacts.of(KNOWLEDGE);

        // then
        assertThat(facts).hasSizeGreaterThan(80).allSatisfy(f -> {
            assertThat(f.stated()).isTrue();
            assertThat(f.date()).matches("\\d{4}.*");
            assertThat(f.origin()).isNotBlank();
        });
    }
}
