package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearse.coach.report.Bridge;
import dev.rehearse.coach.report.CompanyTie;
import dev.rehearse.coach.report.Critique;
import dev.rehearse.coach.report.Dimension;
import dev.rehearse.coach.report.FollowUp;
import dev.rehearse.coach.report.FollowUpsReport;
import dev.rehearse.coach.report.InterviewerNote;
import dev.rehearse.coach.report.MissingFact;
import dev.rehearse.coach.report.QuestionType;
import dev.rehearse.coach.report.ScoreReason;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PracticeQuestion;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.testing.BundledKnowledge;
import dev.rehearse.text.DiffSegment;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The coach over the real index of the bundled knowledge folder (real Lucene, real embedding model). */
@Tag("integration")
class CoachTest {

    private static final String NOTES = "candidate/theydo-data-engineer-notes.txt";

    private final KnowledgeIndex index = BundledKnowledge.index();
    private final Coach coach = new Coach(CoachFixtures.analyzer(), index);
    private final ObjectMapper json = CoachFixtures.json();

    private static PracticeQuestion paypal() {
        return CoachFixtures.notesQuestion("Can you walk me through a data system");
    }

    @Test
    void should_ground_the_paypal_answer_in_its_own_notes_passage() {
        // given
        PracticeQuestion q = paypal();

        // when
        Critique c = coach.critique(q.question(), q.answer());

        // then
        assertThat(c.grounding().passages()).isNotEmpty();
        assertThat(c.grounding().passages().get(0).passage().passageId()).isEqualTo(q.id());
        assertThat(c.grounding().passages().get(0).passage().citation()).isEqualTo(NOTES + ":69-77");
        assertThat(c.grounding().notesAnswer()).isNotNull();
        assertThat(c.grounding().notesAnswer().similarity()).isEqualTo(1.0);
        assertThat(c.grounding().notesAnswer().diff()).extracting(DiffSegment::op).containsOnly(DiffSegment.Op.EQUAL);
        assertThat(c.grounding().notesAnswer().wordsAdded()).isZero();
        assertThat(c.scores().basis()).isEqualTo("draft+knowledge");
    }

    @Test
    void should_coach_why_the_company_as_a_motivation_answer_on_the_bundled_knowledge() {
        // when: the company's name comes from the research, not from the rule file
        Critique c = coach.critique("Why TheyDo?", "I like journey management and I want to build the data foundation for it.");

        // then
        assertThat(c.question().type()).isEqualTo(QuestionType.MOTIVATION);
        assertThat(c.question().basis()).isEqualTo("cues");
    }

    @Test
    void should_show_what_a_thin_draft_leaves_out_of_the_notes() {
        // given
        String question = "Walk me through a data system you designed.";
        String draft = "I rebuilt a payments ingestion pipeline. It works better now and people are happier with the reports.";

        // when
        Critique c = coach.critique(question, draft);

        // then
        assertThat(c.grounding().passages().get(0).passage().passageId()).isEqualTo(paypal().id());
        assertThat(c.grounding().missingFacts()).extracting(MissingFact::kind, MissingFact::text)
                .contains(org.assertj.core.groups.Tuple.tuple("name", "PayPal"), org.assertj.core.groups.Tuple.tuple("number", "two pipelines"));
        assertThat(c.grounding().missingFacts()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo("outcome");
            assertThat(f.text()).startsWith("As a result, we replaced an unusable dataset");
        });
        assertThat(c.grounding().missingFacts()).allSatisfy(f -> {
            Passage p = index.passage(f.passage().passageId()).orElseThrow();
            assertThat(p.text()).contains(f.text());
        });
    }

    @Test
    void should_diff_an_edited_draft_against_the_notes_answer() {
        // given: the notes' answer with the trade-off sentence dropped and a measured result added
        PracticeQuestion q = paypal();
        String dropped = "The trade-off was slightly more orchestration complexity, but the reliability gains justified it.";
        assertThat(q.answer()).contains(dropped);
        String edited = q.answer().replaceFirst(Pattern.quote(dropped) + "\\s*", "") + " Failed runs fell from 6 a month to 1.";

        // when
        Critique c = coach.critique(q.question(), edited);

        // then
        List<DiffSegment> diff = c.grounding().notesAnswer().diff();
        assertThat(diff).anySatisfy(d -> {
            assertThat(d.op()).isEqualTo(DiffSegment.Op.DELETE);
            assertThat(d.text()).isEqualTo("The trade-off was slightly more orchestration complexity, but the reliability gains justified it.");
        });
        assertThat(diff).last().satisfies(d -> {
            assertThat(d.op()).isEqualTo(DiffSegment.Op.INSERT);
            assertThat(d.text()).isEqualTo("Failed runs fell from 6 a month to 1.");
        });
        assertThat(c.grounding().notesAnswer().wordsRemoved()).isEqualTo(13);
        assertThat(c.grounding().notesAnswer().wordsAdded()).isEqualTo(9);
    }

    @Test
    void should_build_bridges_from_research_facts_and_the_draft_and_cite_the_facts_line() {
        // given: the PayPal story says nothing about TheyDo
        PracticeQuestion q = paypal();

        // when
        CompanyTie tie = coach.tie(q.question(), q.answer());

        // then
        assertThat(tie.company()).isEqualTo("TheyDo");
        assertThat(tie.tied()).isFalse();
        assertThat(tie.summary()).startsWith("No tie to TheyDo yet");
        // the themes to add are listed once, under their own heading, not again in the summary
        assertThat(tie.missingThemes()).isNotEmpty().allSatisfy(t -> assertThat(tie.summary()).doesNotContain(t));
        assertThat(tie.research()).isNotEmpty().allSatisfy(r -> assertThat(r.passage().source()).startsWith("company/"));
        assertThat(tie.bridges()).hasSizeBetween(2, 3);
        for (Bridge b : tie.bridges()) {
            Passage home = index.passage(b.citation().passageId()).orElseThrow();
            assertThat(home.source()).isEqualTo(b.citation().source());
            assertThat(b.citation().startLine()).isBetween(home.startLine(), home.endLine());
            assertThat(b.citation().endLine() - b.citation().startLine()).isLessThan(3);
            assertThat(home.text()).contains(b.fact());
            // the frame adds no numbers: every number in the sentence is in the fact or the draft
            assertThat(numbers(b.sentence())).isSubsetOf(union(numbers(b.fact()), numbers(q.answer())));
        }
        assertThat(tie.bridges()).extracting(Bridge::fact).anySatisfy(f -> assertThat(f).contains("idempotent"));
    }

    private static Set<String> union(List<String> a, List<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    @Test
    void should_tie_a_draft_that_speaks_to_the_companys_themes_and_the_interviewers_words() {
        // given
        String question = "Why TheyDo specifically?";
        String draft = "TheyDo connects customer journeys to metrics such as NPS and CSAT, and helps enterprises prioritise opportunities. "
                + "I'm motivated by building the data foundation under that, and I bring a strong sense of ownership and clear communication "
                + "from owning payment pipelines end to end at PayPal.";

        // when
        Critique c = coach.critique(question, draft);

        // then
        CompanyTie tie = c.companyTie();
        assertThat(tie.tied()).isTrue();
        assertThat(tie.themesInDraft()).contains("customer journeys", "customer metrics", "opportunities and prioritisation", "enterprise customers");
        assertThat(tie.interviewerSaid()).filteredOn(InterviewerNote::reflected).extracting(InterviewerNote::text)
                .contains("data foundation", "communication\nsense of ownership");
        assertThat(tie.summary()).startsWith("The draft names TheyDo; touches");
        ScoreReason tieReason = c.scores().of(Dimension.RELEVANCE).reasons().get(3);
        assertThat(tieReason.points()).isEqualTo(1);
        assertThat(tieReason.reason()).startsWith("Ties to TheyDo's research and role (names TheyDo; customer journeys");
        assertThat(tieReason.evidence()).contains("company-1");
    }

    @Test
    void should_rank_three_to_six_distinct_follow_ups_each_with_why_and_notes_to_prepare_from() {
        // given
        PracticeQuestion q = paypal();

        // when
        Critique c = coach.critique(q.question(), q.answer());

        // then
        List<FollowUp> f = c.followUps();
        assertThat(f).hasSizeBetween(3, 6);
        assertThat(f).extracting(FollowUp::rank).containsExactly(java.util.stream.IntStream.rangeClosed(1, f.size()).boxed().toArray(Integer[]::new));
        assertThat(f.get(0).question()).isEqualTo("How did you measure the result?");
        assertThat(f.get(0).origin()).isEqualTo("gap");
        assertThat(f.get(0).basedOn()).containsExactly("gap-result-number");
        assertThat(f.get(0).prepareFrom().passageId()).isEqualTo(q.id());
        // the draft's own trade-off and a domain probe, each quoting the draft; no generic "apply this at TheyDo"
        assertThat(f).extracting(FollowUp::origin).contains("gap", "claim", "probe");
        assertThat(f).extracting(FollowUp::question).doesNotHaveDuplicates()
                .noneMatch(x -> x.startsWith("How would you apply"))
                .anyMatch(x -> x.startsWith("You said \"The trade-off was slightly more orchestration complexity"))
                .anyMatch(x -> x.contains("simplified retries"));
        assertThat(f).allSatisfy(x -> {
            assertThat(x.why()).isNotBlank();
            assertThat(x.prepareFrom().source()).isEqualTo(NOTES);
            for (String id : x.basedOn()) {
                boolean known = c.analysis().finding(id).isPresent() || index.passage(id).isPresent()
                        || c.structure().gaps().stream().anyMatch(g -> g.id().equals(id))
                        || c.structure().sentences().stream().anyMatch(r -> r.id().equals(id));
                assertThat(known).as("follow-up %d cites %s", x.rank(), id).isTrue();
            }
        });
    }

    @Test
    void should_give_the_same_parts_from_the_three_operations() throws Exception {
        // given
        String question = "What makes a good data model?";
        String draft = CoachFixtures.notesQuestion("what makes a good data model").answer();

        // when
        Critique c = coach.critique(question, draft);
        FollowUpsReport f = coach.followUps(question, draft);
        CompanyTie t = coach.tie(question, draft);

        // then
        assertThat(json.writeValueAsString(f.followUps())).isEqualTo(json.writeValueAsString(c.followUps()));
        assertThat(json.writeValueAsString(t)).isEqualTo(json.writeValueAsString(c.companyTie()));
        assertThat(f.question().type()).isEqualTo(c.question().type());
        assertThat(f.followUps()).first().extracting(FollowUp::question).asString()
                .startsWith("You said \"a good data model has a clearly defined level of detail").endsWith("Can you give an example from your own work?");
        // the example is prepared from the story the notes already tell (the PayPal pipeline), not the abstract answer
        assertThat(f.followUps().get(0).prepareFrom().passageId()).isEqualTo(paypal().id());
    }

    @Test
    void should_give_the_identical_critique_twice() throws Exception {
        // given
        PracticeQuestion q = paypal();

        // when
        String first = json.writeValueAsString(coach.critique(q.question(), q.answer()));
        String second = json.writeValueAsString(coach.critique(q.question(), q.answer()));

        // then
        assertThat(second).isEqualTo(first);
    }

    @Test
    void should_treat_html_quotes_and_any_script_as_plain_text() throws Exception {
        // given
        String question = "Tell me about a pipeline you built\" OR 1=1 --";
        String draft = "<script>alert('x')</script> I built \"AND\" (OR) pipelines 🚀 for תל אביב and 上海团队 with {{name}} and ${jndi:x}. "
                + "It went from 6 hours to 45 minutes.";

        // when
        Critique c = coach.critique(question, draft);

        // then
        assertThat(c.markup()).extracting(m -> m.span().text()).containsExactly("<script>alert('x')</script>");
        assertThat(c.evidence().changes()).hasSize(1);
        assertThat(c.followUps()).hasSizeBetween(3, 6);
        CoachFixtures.assertSpansQuoteDraft(c.analysis(), draft);
        assertThat(json.readTree(json.writeValueAsString(c)).at("/markup/0/span/text").asText()).isEqualTo("<script>alert('x')</script>");
    }

    @Test
    void should_cope_with_a_blank_draft_and_question() {
        // when
        Critique c = coach.critique("", "   ");

        // then
        assertThat(c.grounding().passages()).isEmpty();
        assertThat(c.companyTie().research()).isEmpty();
        assertThat(c.scores().verdict()).isEqualTo("weak");
    }

    private static List<String> numbers(String s) {
        Matcher m = Pattern.compile("\\d+(?:[.,]\\d+)?").matcher(s);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
