package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.Critique;
import dev.rehearse.coach.report.FindingKind;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.testing.BundledKnowledge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coach follows the knowledge folder: after a sync, new names are accepted and new research is used. */
@Tag("integration")
class CoachKnowledgeChangeTest {

    @TempDir
    Path temp;

    @Test
    void should_accept_new_names_and_use_new_research_after_a_sync() throws Exception {
        // given: the candidate's notes only, no company research yet
        Path knowledge = temp.resolve("knowledge");
        Files.createDirectories(knowledge.resolve("candidate"));
        Files.copy(CoachFixtures.KNOWLEDGE.resolve("candidate/theydo-data-engineer-notes.txt"),
                knowledge.resolve("candidate/theydo-data-engineer-notes.txt"));
        String question = "Why TheyDo specifically?";
        String draft = "I like that TheyDo works with Quorvana on customer journeys and NPS.";
        try (KnowledgeIndex index = KnowledgeIndex.open(knowledge, temp.resolve("index"), BundledKnowledge.embedder())) {
            Coach coach = new Coach(new DraftAnalyzer(CoachFixtures.loadedChecker(), KnowledgeVocabulary.empty()), index);

            // when
            Critique before = coach.critique(question, draft);

            // then
            assertThat(spelling(before)).contains("Quorvana");
            assertThat(before.companyTie().research()).isEmpty();
            assertThat(before.companyTie().themesInDraft()).isEmpty();

            // and when research naming the partner is added and synced
            Files.createDirectories(knowledge.resolve("company"));
            Files.writeString(knowledge.resolve("company/partners.md"), """
                    # Partners

                    TheyDo works with Quorvana, a survey vendor, so that customer journeys carry NPS and CSAT metrics
                    from the surveys enterprises already run. Journey owners then see where scores drop.
                    """);
            index.sync();
            Critique after = coach.critique(question, draft);

            // then
            assertThat(spelling(after)).doesNotContain("Quorvana");
            assertThat(after.companyTie().research()).extracting(r -> r.passage().source()).containsExactly("company/partners.md");
            assertThat(after.companyTie().themesInDraft()).contains("customer journeys", "customer metrics");
            assertThat(after.companyTie().tied()).isTrue();
        }
    }

    private static List<String> spelling(Critique c) {
        return c.language().issues().stream().filter(i -> i.kind() == FindingKind.SPELLING).map(i -> i.span().text()).toList();
    }
}
