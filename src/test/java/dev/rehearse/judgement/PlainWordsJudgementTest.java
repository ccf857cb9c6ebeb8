package dev.rehearse.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.DraftAnalyzer;
import dev.rehearse.coach.report.Concern;
import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.InterviewerPriority;
import dev.rehearse.coach.intent.RedFlagReader;
import dev.rehearse.coach.roles.SentenceEmbedder;
import dev.rehearse.search.MiniLmEmbedder;
import dev.rehearse.testing.BundledKnowledge;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Round 7 of the coach's judgement, as served (MiniLM meaning, the bundled knowledge): praise read by its meaning as
 * well as its words, an explanation with nothing of the candidate's own, and a paraphrase of what the interviewer
 * said that names where it came from.
 */
@Tag("integration")
class PlainWordsJudgementTest {

    private static DraftAnalyzer analyzer;

    @BeforeAll
    static void build() {
        analyzer = ServedAnalyzer.build(BundledKnowledge.embedder());
    }

    private static List<String> rules(DraftAnalysis a) {
        return a.concerns().stream().map(Concern::rule).toList();
    }

    @Test
    void should_read_praise_as_flattery_by_its_meaning_when_it_uses_none_of_the_listed_words() {
        // given: two sentences of praise, neither with a flattery cue word
        String question = "Why would you like to join us?";
        String praise = "Honestly, there is no company I would rather work for. Everybody I have met here is so talented and "
                + "so kind. You are years in front of every competitor. I would give everything to be part of this team.";
        String specific = "Your import API upserts on a key the customer sends, and I have spent two years making payment loads "
                + "safe to re-run, so that is work I can pick up on day one. I also want to be closer to a product, and here "
                + "the tables I build would feed the journeys your customers look at.";

        // when
        DraftAnalysis flattering = analyzer.analyze(question, praise);
        DraftAnalysis grounded = analyzer.analyze(question, specific);

        // then
        assertThat(rules(flattering)).contains("flattery");
        assertThat(flattering.scores().overall()).isLessThanOrEqualTo(2.5);
        assertThat(rules(grounded)).doesNotContain("flattery");
        assertThat(grounded.scores().overall()).isGreaterThanOrEqualTo(flattering.scores().overall() + 0.3);
    }

    @Test
    void should_cap_a_textbook_explanation_and_lift_the_cap_when_the_candidate_shows_their_own_use_of_it() {
        // given
        String question = "What is a slowly changing dimension, and when would you use one?";
        String textbook = "A slowly changing dimension is a dimension table whose attributes change over time. There are "
                + "several types. Type one overwrites the old value, type two adds a new row with validity dates, and type "
                + "three keeps the previous value in an extra column. They are used in data warehouses whenever history "
                + "matters for reporting. Choosing the right type depends on the business requirements.";
        String own = textbook + " At GoPuff I kept customer addresses as type two, because finance re-ran last quarter's "
                + "delivery costs and needed the address as it was then, and the table grew by about 4% a month.";

        // when
        DraftAnalysis a = analyzer.analyze(question, textbook);
        DraftAnalysis b = analyzer.analyze(question, own);

        // then
        assertThat(a.question().type().wireName()).isEqualTo("conceptual");
        assertThat(a.scores().overall()).isLessThanOrEqualTo(2.5);
        assertThat(a.scores().caps()).anySatisfy(c -> assertThat(c.reason()).contains("textbook"));
        assertThat(b.scores().caps()).noneSatisfy(c -> assertThat(c.reason()).contains("textbook"));
        assertThat(b.scores().overall()).isGreaterThan(a.scores().overall());
    }

    @Test
    void should_count_a_paraphrase_that_names_the_interviewer_as_building_on_what_they_said() {
        // given: the bundled notes record the interviewer's "subject matter expert for the infrastructure"
        String question = "What would success look like for you after six months?";
        String attributed = "The interviewer told me the role starts with becoming the expert on infrastructure that isn't well "
                + "documented. So I'd map every load first, then fix the one that fails most.";
        // the same paraphrase without saying whose point it is: under the 0.42 that an unattributed sentence needs
        String unattributed = "The role starts with becoming the expert on infrastructure that isn't well documented. So I'd "
                + "map every load first, then fix the one that fails most.";

        // when
        List<InterviewerPriority> taken = analyzer.analyze(question, attributed).relevance().interviewerPriorities();
        List<InterviewerPriority> not = analyzer.analyze(question, unattributed).relevance().interviewerPriorities();

        // then
        assertThat(taken).isNotEmpty().anyMatch(InterviewerPriority::takenUp);
        assertThat(not).isNotEmpty().noneMatch(InterviewerPriority::takenUp);
    }

    @Test
    void should_count_a_flattering_sentence_once_when_both_its_cue_word_and_its_meaning_find_it() {
        // given: one gushing sentence, with one cue word ("love everything") and read as praise by its meaning, in a specific answer
        String question = "Why would you like to join us?";
        String gush = "I love everything about your brand.";
        String specific = "Your import API upserts on a key the customer sends, and I have spent two years making payment loads "
                + "safe to re-run, so that is work I can pick up on day one.";
        String more = " Everybody I have met here is so talented and so kind.";
        MiniLmEmbedder model = BundledKnowledge.embedder();
        RedFlagReader reader = RedFlagReader.bundled(new SentenceEmbedder(model.modelId(), model::embedAll));

        // when
        boolean readAsPraise = !reader.find(Set.of("flattery"), List.of(gush)).get("flattery").isEmpty();
        DraftAnalysis once = analyzer.analyze(question, gush + " " + specific);
        DraftAnalysis twice = analyzer.analyze(question, gush + more + " " + specific);

        // then: flattery needs two sentences, so one sentence found both ways is still one
        assertThat(readAsPraise).isTrue();
        assertThat(rules(once)).doesNotContain("flattery");
        assertThat(rules(twice)).contains("flattery");
    }
}
