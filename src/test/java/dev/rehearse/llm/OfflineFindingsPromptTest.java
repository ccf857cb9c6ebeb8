package dev.rehearse.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.rehearse.coach.Coach;
import dev.rehearse.coach.DraftAnalyzer;
import dev.rehearse.coach.KnowledgeVocabulary;
import dev.rehearse.coach.language.EnglishVariant;
import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.coach.report.Critique;
import dev.rehearse.coach.report.MissingFact;
import dev.rehearse.llm.reply.LlmCritique;
import dev.rehearse.llm.reply.LlmOutcome;
import dev.rehearse.llm.request.CoachRequest;
import dev.rehearse.llm.request.CritiqueFacts;
import dev.rehearse.llm.support.Coaches;
import dev.rehearse.llm.support.Drafts;
import dev.rehearse.llm.support.OpenAiStub;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.testing.BundledKnowledge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The offline analysis goes in first: the real offline coach on the bundled knowledge analyses the candidate's
 * PayPal answer, and its findings (hedges, and facts from the notes that the draft leaves out) reach the model
 * inside {@code <facts>}, as captured by WireMock. Nothing here is a hand-written fixture of those findings.
 */
@Tag("integration")
class OfflineFindingsPromptTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final KnowledgeIndex INDEX = BundledKnowledge.index();
    private static final String NOTES_FILE = "candidate/theydo-data-engineer-notes.txt";

    /** The real offline coach, as the server builds it, without the slow-loading spelling check. */
    private final Coach offline = new Coach(new DraftAnalyzer(
            LanguageChecker.disabled(EnglishVariant.BRITISH, "not needed here"), KnowledgeVocabulary.from(INDEX.knowledge())), INDEX);

    private OpenAiStub model;
    private LlmCoach coach;

    @BeforeEach
    void start() {
        model = OpenAiStub.start();
        model.streams(Drafts.pieces(Drafts.resource("/llm/critique-paypal.json"), 40));
        coach = Coaches.openAi(model.baseUrl(), INDEX);
    }

    @AfterEach
    void stop() {
        coach.close();
        model.close();
    }

    /** The lines inside {@code <facts>} of the one critique request the model received, without their "- ". */
    private List<String> factsSent() throws Exception {
        List<LoggedRequest> requests = model.requests();
        assertThat(requests).hasSize(1);
        JsonNode body = JSON.readTree(requests.get(0).getBodyAsString());
        String user = body.path("messages").get(1).path("content").asText();
        int open = user.indexOf("<facts>\n");
        int close = user.indexOf("\n</facts>");
        assertThat(open).as("a <facts> block in %s", user).isNotNegative();
        assertThat(close).isGreaterThan(open);
        return Arrays.stream(user.substring(open + "<facts>\n".length(), close).split("\n"))
                .peek(line -> assertThat(line).startsWith("- "))
                .map(line -> line.substring(2))
                .toList();
    }

    @Test
    void should_give_the_model_the_hedges_and_the_notes_facts_the_spoken_paypal_answer_leaves_out() throws Exception {
        // given: the offline report on the spoken PayPal answer, which hedges and stops before the notes' result
        Critique report = offline.critique(Drafts.PAYPAL_QUESTION, Drafts.PAYPAL_SPOKEN_DRAFT);
        CoachRequest request = new CoachRequest(Drafts.PAYPAL_QUESTION, Drafts.PAYPAL_SPOKEN_DRAFT, CritiqueFacts.of(report));

        // when
        LlmOutcome<LlmCritique> outcome = coach.critique(request);

        // then: the critique came back, and the facts block the model read holds the offline findings
        assertThat(outcome.ok()).isTrue();
        List<String> facts = factsSent();
        assertThat(facts.get(0)).isEqualTo("Question type: behavioural");
        assertThat(facts).contains("Hedges and fillers: \"i think\" x2, \"kind of\", \"sort of\", \"basically\"");
        assertThat(facts).contains(
                "In the notes but not the draft (" + NOTES_FILE + ":69-77): two pipelines",
                "In the notes but not the draft (" + NOTES_FILE + ":69-77): As a result, we replaced an unusable dataset "
                        + "with a trusted payments table that now supports accurate reporting on PayPal transactions, "
                        + "including different PayPal payment types.");

        // and those are the offline coach's own findings, each one line, with the notes really saying it
        assertThat(report.delivery().hedges()).extracting(h -> h.span().text()).containsExactly("I think", "kind of", "sort of", "I think");
        assertThat(report.delivery().fillers()).extracting(f -> f.span().text()).containsExactly("basically");
        assertThat(report.grounding().missingFacts()).hasSize(2);
        String notes = Files.readString(Path.of("knowledge").resolve(NOTES_FILE));
        for (MissingFact m : report.grounding().missingFacts()) {
            assertThat(facts).contains("In the notes but not the draft (" + m.passage().citation() + "): " + m.text());
            assertThat(notes).contains(m.text());
            assertThat(Drafts.PAYPAL_SPOKEN_DRAFT).doesNotContain(m.text());
        }
    }

    @Test
    void should_send_neither_line_for_the_paypal_answer_as_the_notes_write_it() throws Exception {
        // given: the answer exactly as in the notes: no hedge, and nothing of the notes' left out
        Critique report = offline.critique(Drafts.PAYPAL_QUESTION, Drafts.PAYPAL_DRAFT);

        // when
        coach.critique(new CoachRequest(Drafts.PAYPAL_QUESTION, Drafts.PAYPAL_DRAFT, CritiqueFacts.of(report)));

        // then: the model is not told of hedges or missing facts that are not there
        List<String> facts = factsSent();
        assertThat(report.delivery().hedges()).isEmpty();
        assertThat(report.grounding().missingFacts()).isEmpty();
        assertThat(facts).noneMatch(f -> f.startsWith("Hedges and fillers:"));
        assertThat(facts).noneMatch(f -> f.startsWith("In the notes but not the draft"));
        assertThat(facts).anyMatch(f -> f.startsWith("Length: " + report.delivery().wordCount() + " words"));
    }
}
