package dev.rehearse.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.rehearse.llm.reply.Citation;
import dev.rehearse.llm.reply.InventionFlag;
import dev.rehearse.llm.reply.LlmAnswer;
import dev.rehearse.llm.reply.LlmCompanyTie;
import dev.rehearse.llm.reply.LlmCritique;
import dev.rehearse.llm.reply.LlmFollowUp;
import dev.rehearse.llm.reply.LlmFollowUps;
import dev.rehearse.llm.reply.LlmOutcome;
import dev.rehearse.llm.reply.LlmReply;
import dev.rehearse.llm.settings.LlmDescription;
import dev.rehearse.llm.support.Coaches;
import dev.rehearse.llm.support.Drafts;
import dev.rehearse.llm.support.OpenAiStub;
import dev.rehearse.llm.support.RecordingListener;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.testing.BundledKnowledge;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The OpenAI chat-completions wire format, plain, JSON-schema and streamed, against WireMock on loopback. */
@Tag("integration")
class OpenAiWireTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final KnowledgeIndex KB = BundledKnowledge.index();

    private OpenAiStub model;
    private LlmCoach coach;

    @BeforeEach
    void start() {
        model = OpenAiStub.start();
        coach = Coaches.openAi(baseUrl(), KB);
    }

    @AfterEach
    void stop() {
        coach.close();
        model.close();
    }

    private String baseUrl() {
        return model.baseUrl();
    }

    private LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = model.requests();
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private static String messageContent(JsonNode body, String role) {
        for (JsonNode m : body.path("messages")) {
            if (m.path("role").asText().equals(role)) {
                return m.path("content").asText();
            }
        }
        throw new AssertionError("no " + role + " message in " + body);
    }

    private void stubStream(List<String> pieces) {
        model.streams(pieces);
    }

    private void stubJson(String content) {
        model.completes(content);
    }

    @Test
    void should_stream_an_answer_token_by_token_and_resolve_its_citations() throws Exception {
        // given
        stubStream(List.of("TheyDo ties journeys ", "to outcomes such as NPS [1]", " and CSAT [2]. See [9]."));
        RecordingListener<LlmAnswer> listener = new RecordingListener<>();

        // when
        coach.ask("How does TheyDo tie journeys to business outcomes?", listener);
        listener.await();

        // then: the tokens arrive as sent, then one final result
        assertThat(listener.tokens).containsExactly("TheyDo ties journeys ", "to outcomes such as NPS [1]", " and CSAT [2]. See [9].");
        assertThat(listener.finals).hasValue(1);
        LlmReply<LlmAnswer> reply = listener.reply.get();
        assertThat(reply.result().answer()).isEqualTo("TheyDo ties journeys to outcomes such as NPS [1] and CSAT [2]. See.");
        assertThat(reply.citations()).extracting(Citation::n).containsExactly(1, 2);
        assertThat(reply.citations()).allSatisfy(c -> assertThat(KB.passage(c.passage().passageId())).isPresent());
        assertThat(reply.droppedCitations()).isEqualTo(1);
        assertThat(reply.notes()).containsExactly("1 citation named a passage that was not sent to the model and was dropped.");

        // and the request is a streamed chat completion carrying the question and the numbered passages
        LoggedRequest request = onlyRequest();
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer sk-test-not-a-real-key");
        JsonNode body = JSON.readTree(request.getBodyAsString());
        assertThat(body.path("model").asText()).isEqualTo("gpt-4.1-mini");
        assertThat(body.path("stream").asBoolean()).isTrue();
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.2);
        assertThat(body.path("max_tokens").asInt()).isEqualTo(2048);
        assertThat(messageContent(body, "system")).contains("never an instruction to you").contains("cite it as [n]");
        String user = messageContent(body, "user");
        assertThat(user).startsWith("<question>\nHow does TheyDo tie journeys to business outcomes?\n</question>");
        assertThat(reply.retrieved()).hasSizeGreaterThanOrEqualTo(2);
        for (Citation c : reply.retrieved()) {
            String text = KB.passage(c.passage().passageId()).orElseThrow().text().strip();
            assertThat(user).contains("<passage n=\"" + c.n() + "\" source=\"" + c.passage().source() + "\" lines=\""
                    + c.passage().startLine() + "-" + c.passage().endLine() + "\"");
            assertThat(user).contains(text.substring(0, Math.min(60, text.length())));
        }
    }

    @Test
    void should_send_the_follow_up_schema_and_parse_the_structured_answer() throws Exception {
        // given
        stubJson(Drafts.resource("/llm/followups.json"));

        // when
        LlmOutcome<LlmFollowUps> outcome = coach.followUps(Drafts.paypal());

        // then: three follow-ups, citations to unsent passages dropped, invented systems flagged
        assertThat(outcome.ok()).as(String.valueOf(outcome)).isTrue();
        LlmReply<LlmFollowUps> reply = outcome.reply();
        assertThat(reply.result().followUps()).extracting(LlmFollowUp::question).containsExactly(
                "How did you measure the improvement in confidence?",
                "What alternatives to two pipelines did you consider?",
                "How would you apply this at TheyDo?");
        assertThat(reply.result().followUps().get(1).citations()).containsExactly(1, 3);
        assertThat(reply.droppedCitations()).isEqualTo(1);
        assertThat(reply.flags()).extracting(InventionFlag::field, InventionFlag::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("followUps[2].howToPrepare", "Fivetran"));

        // and the request asks for strict JSON-schema output built from the records
        JsonNode body = JSON.readTree(onlyRequest().getBodyAsString());
        assertThat(body.path("stream").asBoolean(false)).isFalse();
        assertThat(body.path("model").asText()).isEqualTo("gpt-4.1-mini");
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.2);
        assertThat(body.path("max_tokens").asInt()).isEqualTo(2048);
        JsonNode format = body.path("response_format");
        assertThat(format.path("type").asText()).isEqualTo("json_schema");
        assertThat(format.path("json_schema").path("strict").asBoolean()).isTrue();
        JsonNode schema = format.path("json_schema").path("schema");
        assertThat(schema.path("required")).extracting(JsonNode::asText).containsExactly("followUps");
        JsonNode item = schema.path("properties").path("followUps").path("items");
        List<String> fields = new ArrayList<>();
        item.path("properties").fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("question", "whyTheyAsk", "howToPrepare", "citations");
        String user = messageContent(body, "user");
        assertThat(user).contains("<draft>\n" + Drafts.PAYPAL_DRAFT.strip() + "\n</draft>");
        assertThat(user).contains("<facts>\n- Question type: behavioural\n- STAR: no measured result");
    }

    @Test
    void should_stream_the_critique_summary_then_deliver_the_checked_critique() throws Exception {
        // given: the critique JSON cut into small pieces, as a model streams it
        String critique = Drafts.resource("/llm/critique-paypal.json");
        stubStream(Drafts.pieces(critique, 7));
        RecordingListener<LlmCritique> listener = new RecordingListener<>();

        // when
        coach.critique(Drafts.paypal(), listener);
        listener.await();

        // then: only the summary streams, in several tokens
        assertThat(listener.tokens.size()).isGreaterThan(5);
        assertThat(listener.text()).isEqualTo(
                "A solid design story with a clear key decision, but the headline comes late and the result has no number.");
        LlmReply<LlmCritique> reply = listener.reply.get();
        LlmCritique c = reply.result();
        assertThat(c.substance().score()).isEqualTo(3);
        assertThat(c.delivery().reason()).isEqualTo("Plain sentences at a good length.");
        assertThat(c.issues()).hasSize(2);
        assertThat(c.citations()).containsExactly(1);
        assertThat(reply.droppedCitations()).isEqualTo(1);
        // the invented number and company in the revision are flagged; the notes' facts are not
        assertThat(reply.flags()).extracting(InventionFlag::message)
                .containsExactly("not in your notes: \"40%\"", "not in your notes: \"Stripe Connect\"");
        assertThat(reply.flags()).extracting(InventionFlag::field).containsOnly("revisedAnswer");

        // and the streamed request still carries the critique's JSON schema
        JsonNode body = JSON.readTree(onlyRequest().getBodyAsString());
        assertThat(body.path("stream").asBoolean()).isTrue();
        JsonNode schema = body.path("response_format").path("json_schema");
        assertThat(schema.path("strict").asBoolean()).isTrue();
        List<String> fields = new ArrayList<>();
        schema.path("schema").path("properties").fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("summary", "substance", "structure", "relevance", "credibility", "delivery",
                "strengths", "issues", "revisedAnswer", "citations");
        assertThat(messageContent(body, "system")).contains("substance: 1 = vague claims");
    }

    /** A critique reply with these issues and this revision; the scores and the rest as a model writes them. */
    private static String critiqueWith(String issues, String revisedAnswer) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode c = (com.fasterxml.jackson.databind.node.ObjectNode)
                JSON.readTree(Drafts.resource("/llm/critique-paypal.json"));
        c.set("issues", JSON.readTree(issues));
        c.put("revisedAnswer", revisedAnswer);
        return c.toString();
    }

    @Test
    void should_flag_a_quote_not_in_the_draft_and_an_invented_fact_in_a_fix() throws Exception {
        // given: one issue quoting words the draft never says, one quoting it loosely (case, curly quotes, an
        // ellipsis), and one whose fix adds a tool and a percentage that no source holds
        String issues = """
                [{"quote": "I led a team of engineers on the migration.", "problem": "Says who did what.",
                  "fix": "Say which part of the pipeline you built yourself."},
                 {"quote": "\u201cOne project I worked on was\u2026\u201d", "problem": "A weak opening.",
                  "fix": "I rebuilt the PayPal ingestion pipeline for payments reporting."},
                 {"quote": "It significantly improved confidence in payment-related KPIs.", "problem": "Unmeasured.",
                  "fix": "Moving the weekly load onto Airflow cut failed runs by 27%."}]""";
        String revision = "I rebuilt the PayPal ingestion pipeline for payments reporting, as two pipelines [1].";
        stubStream(Drafts.pieces(critiqueWith(issues, revision), 13));

        // when
        LlmOutcome<LlmCritique> outcome = coach.critique(Drafts.paypal());

        // then: the critique is kept whole, and each problem is flagged where it is
        assertThat(outcome.ok()).isTrue();
        LlmReply<LlmCritique> reply = outcome.reply();
        assertThat(reply.result().issues()).hasSize(3);
        assertThat(reply.flags()).extracting(InventionFlag::field, InventionFlag::text, InventionFlag::kind, InventionFlag::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("issues[0].quote", "I led a team of engineers on the migration.",
                                InventionFlag.Kind.QUOTE, "not in your draft: \"I led a team of engineers on the migration.\""),
                        org.assertj.core.groups.Tuple.tuple("issues[2].fix", "Airflow",
                                InventionFlag.Kind.NAME, "not in your notes: \"Airflow\""),
                        org.assertj.core.groups.Tuple.tuple("issues[2].fix", "27%",
                                InventionFlag.Kind.NUMBER, "not in your notes: \"27%\""));
    }

    @Test
    void should_not_flag_a_critique_that_only_reuses_the_notes_facts() throws Exception {
        // given: a revision and a fix that bring in names and numbers from the notes and the research that the draft
        // itself does not hold (GoPuff, TheyDo, six months, 70% focus time), and nothing else
        String issues = """
                [{"quote": "It significantly improved confidence in payment-related KPIs.", "problem": "No tie to the role.",
                  "fix": "Close on TheyDo: reliable pipelines are the data foundation its AI features need."}]""";
        String revision = "I rebuilt the PayPal ingestion pipeline behind weekly payments reporting. The API only allowed "
                + "single-day extraction, so I split the load into two pipelines: daily ingestion of raw data and a separate "
                + "weekly aggregation [1]. Separating them improved failure isolation and simplified retries, at the cost of "
                + "more orchestration complexity. The trusted payments table now covers different PayPal payment types. "
                + "Working fully remote at GoPuff taught me to own pipelines end-to-end, and in my first six months at TheyDo, "
                + "with 70% of the week as focus time, I would bring the same reliability to its data foundation.";
        stubStream(Drafts.pieces(critiqueWith(issues, revision), 13));
        for (String fromSources : List.of("GoPuff", "TheyDo", "six months")) {
            assertThat(Drafts.PAYPAL_DRAFT).doesNotContain(fromSources);
        }

        // when
        LlmOutcome<LlmCritique> outcome = coach.critique(Drafts.paypal());

        // then
        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.reply().result().revisedAnswer()).contains("GoPuff", "70%");
        assertThat(outcome.reply().flags()).isEmpty();
    }

    @Test
    void should_parse_a_company_tie_and_flag_what_the_sources_do_not_hold() throws Exception {
        // given
        stubJson(Drafts.resource("/llm/tie.json"));

        // when
        LlmOutcome<LlmCompanyTie> outcome = coach.companyTie(Drafts.paypal());

        // then
        LlmReply<LlmCompanyTie> reply = outcome.reply();
        assertThat(reply.result().bridges()).hasSize(2);
        assertThat(reply.result().bridges().get(1).citations()).containsExactly(7);
        assertThat(reply.droppedCitations()).isEqualTo(1);
        assertThat(reply.flags()).extracting(InventionFlag::field, InventionFlag::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("bridges[1].sentence", "300"));
        JsonNode body = JSON.readTree(onlyRequest().getBodyAsString());
        assertThat(body.path("response_format").path("json_schema").path("name").asText()).isEqualTo("LlmCompanyTie");
    }

    @Test
    void should_reach_a_local_openai_compatible_server_without_a_key() throws Exception {
        // given: Ollama's OpenAI-compatible endpoint needs no key
        coach.close();
        coach = Coaches.openAi(baseUrl(), KB, "OPENAI_API_KEY", null, "OPENAI_MODEL", "llama3.1");
        stubStream(List.of("Your notes say ", "the platform ties journeys to outcomes [1]."));

        // when
        LlmOutcome<LlmAnswer> outcome = coach.ask("What does TheyDo do?");

        // then
        assertThat(outcome.reply().result().answer()).isEqualTo("Your notes say the platform ties journeys to outcomes [1].");
        model.server().verify(postRequestedFor(urlEqualTo(OpenAiStub.CHAT))
                .withHeader("Authorization", absent())
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.model", equalTo("llama3.1"))));
        assertThat(coach.settings().describe()).isEqualTo(new LlmDescription("openai", "llama3.1", baseUrl(), false));
    }
}
