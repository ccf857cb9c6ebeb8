package dev.rehearse.coach.roles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.DraftAnalyzer;
import dev.rehearse.coach.KnowledgeVocabulary;
import dev.rehearse.coach.language.EnglishVariant;
import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.coach.report.DimensionScore;
import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.Dimension;
import dev.rehearse.coach.report.QuestionMatch;
import dev.rehearse.coach.report.ScoreReason;
import dev.rehearse.judgement.JudgedTriple;
import dev.rehearse.judgement.JudgementSet;
import dev.rehearse.judgement.ServedAnalyzer;
import dev.rehearse.search.MiniLmEmbedder;
import dev.rehearse.testing.BundledKnowledge;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The draft analysis reading meaning with the real MiniLM model: roles from the classifier, relevance by similarity. */
@Tag("integration")
class MeaningAnalysisTest {

    private static final DraftAnalyzer ANALYZER = analyzer();

    private static DraftAnalyzer analyzer() {
        MiniLmEmbedder m = BundledKnowledge.embedder();
        MeaningReader reader = new MeaningReader(new SentenceEmbedder(m.modelId(), m::embedAll), RoleModelCache.inMemory());
        return new DraftAnalyzer(LanguageChecker.disabled(EnglishVariant.BRITISH, "off in this test"), KnowledgeVocabulary.empty(), reader);
    }

    private static JudgedTriple triple(String id) {
        return JudgementSet.triples().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> reasons(DraftAnalysis a, Dimension d) {
        DimensionScore s = a.scores().dimensions().stream().filter(x -> x.dimension() == d).findFirst().orElseThrow();
        return s.reasons().stream().map(ScoreReason::reason).toList();
    }

    @Test
    void should_find_situation_action_and_result_in_more_stories_without_star_words_than_the_cue_words_alone() {
        // given
        List<JudgedTriple> stories = JudgementSet.triples().stream()
                .filter(t -> t.failureMode().equals("no-star-words")).toList();
        DraftAnalyzer cuesOnly = new DraftAnalyzer();

        // when
        List<String> incomplete = incomplete(ANALYZER, stories);
        List<String> incompleteByCues = incomplete(cuesOnly, stories);

        // then
        System.out.println("stories without STAR words missing a part: " + incomplete + "; by cue words alone: " + incompleteByCues);
        assertThat(incomplete.size()).isLessThan(incompleteByCues.size());
        assertThat(incomplete.size()).isLessThanOrEqualTo(stories.size() / 4);
    }

    /** "id part" for each STAR story that lacks its context, action or result. */
    private static List<String> incomplete(DraftAnalyzer analyzer, List<JudgedTriple> stories) {
        List<String> missing = new ArrayList<>();
        for (JudgedTriple t : stories) {
            DraftAnalysis a = analyzer.analyze(t.question(), t.strong());
            if (!a.structure().framework().equals("star")) {
                continue;
            }
            for (String part : List.of("action", "result")) {
                if (!a.structure().part(part).present()) {
                    missing.add(t.id() + " " + part);
                }
            }
            if (!a.structure().part("situation").present() && !a.structure().part("task").present()) {
                missing.add(t.id() + " context");
            }
        }
        return missing;
    }

    @Test
    void should_see_the_result_when_it_is_stated_as_a_change_to_none() {
        // given
        String question = "Tell me about a time you improved the reliability of a pipeline.";
        String draft = "Our nightly orders load used to fall over about three times a month. I traced every failure to one slow "
                + "upstream export that timed out and left half-written tables. I moved the extract into its own step that "
                + "writes to staging first, and added a row-count check before the transform may start. "
                + "Failed runs dropped from about three a month to zero in the following quarter.";

        // when
        DraftAnalysis a = ANALYZER.analyze(question, draft);

        // then
        assertThat(a.structure().part("result").present()).isTrue();
        assertThat(a.structure().part("result").sentences()).contains(3);
        assertThat(a.structure().gaps()).noneMatch(g -> g.part().equals("result") || g.part().equals("result-number"));
        assertThat(reasons(a, Dimension.STRUCTURE)).doesNotContain("No result");
    }

    @Test
    void should_judge_a_mistake_story_relevant_when_it_never_says_mistake() {
        // given
        JudgedTriple t = triple("t031");

        // when
        DraftAnalysis a = ANALYZER.analyze(t.question(), t.strong());

        // then
        QuestionMatch m = a.relevance().match();
        assertThat(m.judged()).isTrue();
        assertThat(m.answers()).as("similarity %s", m.similarity()).isTrue();
        assertThat(m.closest()).isNotEmpty().allSatisfy(c -> assertThat(t.strong()).contains(c.span().text().strip()));
        assertThat(reasons(a, Dimension.RELEVANCE)).noneMatch(r -> r.contains("missing:"));
    }

    @Test
    void should_judge_a_design_decision_relevant_to_walk_me_through_a_system_you_designed() {
        // given
        JudgedTriple t = triple("t006");

        // when
        DraftAnalysis a = ANALYZER.analyze(t.question(), t.strong());

        // then
        assertThat(a.relevance().match().answers()).as("similarity %s", a.relevance().match().similarity()).isTrue();
        assertThat(a.scores().caps()).isEmpty();
    }

    @Test
    void should_judge_nine_in_ten_strong_answers_to_answer_their_question() {
        // given
        List<JudgedTriple> triples = JudgementSet.triples();

        // when
        long answering = triples.stream().filter(t -> ANALYZER.analyze(t.question(), t.strong()).relevance().match().answers()).count();

        // then
        assertThat(answering).isGreaterThanOrEqualTo(Math.round(0.9 * triples.size()));
    }

    @Test
    void should_cap_the_score_with_the_closest_sentence_when_the_draft_is_about_something_else() {
        // given
        String question = "Tell me about a time you improved the reliability of a pipeline.";
        String draft = "I love baking sourdough bread at the weekend. The starter needs feeding twice a day, and the dough "
                + "rests overnight in the fridge. A hot oven and a covered pot give the crust its colour. My favourite "
                + "loaf has rye and caraway in it. Friends often ask me for the recipe, and I am always happy to share it.";

        // when
        DraftAnalysis a = ANALYZER.analyze(question, draft);

        // then
        QuestionMatch m = a.relevance().match();
        assertThat(m.answers()).as("similarity %s", m.similarity()).isFalse();
        assertThat(reasons(a, Dimension.RELEVANCE)).anyMatch(r -> r.startsWith("Does not take up what the question asks"));
        assertThat(m.closest()).hasSize(3).allSatisfy(c -> assertThat(draft).contains(c.span().text().strip()));
    }

    @Test
    void should_score_the_pages_example_story_relevant_although_it_repeats_few_of_the_questions_words() {
        // given
        String question = dev.rehearse.coach.RelevanceWithoutModelTest.QUESTION;
        String story = dev.rehearse.coach.RelevanceWithoutModelTest.STORY;

        // when
        DraftAnalysis a = ANALYZER.analyze(question, story);

        // then
        DimensionScore relevance = a.scores().dimensions().stream().filter(d -> d.dimension() == Dimension.RELEVANCE).findFirst().orElseThrow();
        assertThat(a.relevance().overlap()).isLessThan(0.25);
        assertThat(relevance.score()).as(reasons(a, Dimension.RELEVANCE).toString()).isGreaterThanOrEqualTo(3);
        assertThat(reasons(a, Dimension.RELEVANCE)).anyMatch(r -> r.startsWith("Takes up what the question asks"));
    }

    @Test
    void should_keep_an_answer_about_something_else_low_on_relevance() {
        // given
        String question = dev.rehearse.coach.RelevanceWithoutModelTest.QUESTION;

        // when
        DraftAnalysis a = ANALYZER.analyze(question, dev.rehearse.coach.RelevanceWithoutModelTest.OFF_TOPIC);

        // then
        DimensionScore relevance = a.scores().dimensions().stream().filter(d -> d.dimension() == Dimension.RELEVANCE).findFirst().orElseThrow();
        assertThat(relevance.score()).as(reasons(a, Dimension.RELEVANCE).toString()).isLessThanOrEqualTo(2);
    }

    @Test
    void should_credit_a_first_months_plan_that_builds_on_what_the_interviewer_said_and_cite_the_notes() {
        // given: the bundled notes record the interviewer's answer to "what would success look like in the first 6 months?"
        DraftAnalyzer served = ServedAnalyzer.build(BundledKnowledge.embedder());
        String question = "What would you hope to have done by the end of your first six months?";
        String builds = "You said success here means becoming the expert on the infrastructure, which takes a lot of reverse"
                + " engineering. So I'd spend the first months tracing every load and writing down what I find. Then I'd pick"
                + " one or two of the weakest areas and fix them, so there's a tangible result by month six.";
        String generic = "In the first six months I'd want to get to know the team, understand the company culture and learn"
                + " the tools and processes. I'd build relationships with key stakeholders and get up to speed quickly."
                + " After that I'd start contributing and adding value wherever I can.";

        // when
        DraftAnalysis good = served.analyze(question, builds);
        DraftAnalysis plain = served.analyze(question, generic);

        // then
        assertThat(good.relevance().interviewerPriorities()).anySatisfy(p -> {
            assertThat(p.takenUp()).isTrue();
            assertThat(p.passage().source()).startsWith("candidate/");
        });
        assertThat(good.scores().dimensions()).filteredOn(d -> d.dimension() == Dimension.RELEVANCE).singleElement()
                .satisfies(d -> assertThat(d.reasons()).anySatisfy(r -> {
                    assertThat(r.reason()).startsWith("Builds on what the interviewer said");
                    assertThat(r.points()).isEqualTo(1);
                    assertThat(r.evidence()).anyMatch(e -> e.startsWith("sentence-"));
                }));
        assertThat(plain.relevance().interviewerPriorities()).isNotEmpty().noneMatch(p -> p.takenUp());
        assertThat(reasons(plain, Dimension.RELEVANCE)).anyMatch(r -> r.startsWith("Does not build on what the interviewer said"));
    }
}
