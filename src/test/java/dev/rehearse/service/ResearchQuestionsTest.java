package dev.rehearse.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.KnowledgeLoader;
import dev.rehearse.knowledge.SourceFile;
import dev.rehearse.plan.LikelyQuestion;
import dev.rehearse.testing.BundledKnowledge;
import dev.rehearse.testing.CompaniesFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResearchQuestionsTest {

    private final KnowledgeLoader loader = new KnowledgeLoader();

    @TempDir
    Path temp;

    @Test
    void should_read_the_questions_under_a_heading_that_says_they_may_be_asked() {
        // given
        KnowledgeBase kb = loader.load(CompaniesFixture.build(temp)).forCompany("northwind");

        // when
        List<LikelyQuestion> questions = ResearchQuestions.of(kb, q -> q.startsWith("How would"));

        // then
        assertThat(questions).extracting(LikelyQuestion::text).containsExactly(
                "How would you backfill a week of late-arriving lorry telemetry without double-counting loads?",
                "How do you make a carrier feed safe to resend?");
        assertThat(questions).allSatisfy(q -> {
            assertThat(q.origin()).isEqualTo("research");
            assertThat(q.ref().source()).isEqualTo("companies/northwind/the-role.md");
        });
        assertThat(questions).extracting(LikelyQuestion::needsStory).containsExactly(true, false);
    }

    @Test
    void should_leave_out_the_questions_the_candidate_is_to_ask() {
        // given: the bundled research has "Questions to ask about the role", and no questions it expects
        KnowledgeBase kb = loader.load(BundledKnowledge.FOLDER);

        // when / then
        assertThat(ResearchQuestions.of(kb, q -> true)).isEmpty();
    }

    @Test
    void should_read_a_likely_questions_heading_with_numbered_items() {
        // given
        KnowledgeBase kb = new KnowledgeBase(List.of(loader.parse(SourceFile.of("companies/acme/role.md",
                "---\ncompany: Acme\n---\n\n# Acme\n\n## Likely questions\n\n1. Why Acme?\n2. What is a parcel scan?\n\nNot a question.\n"))));

        // when / then
        assertThat(ResearchQuestions.of(kb, q -> false)).extracting(LikelyQuestion::text)
                .containsExactly("Why Acme?", "What is a parcel scan?");
    }
}
