package dev.rehearse.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.KnowledgeLoader;
import dev.rehearse.llm.support.AnthropicWire;
import dev.rehearse.llm.support.Coaches;
import dev.rehearse.llm.support.Drafts;
import dev.rehearse.llm.support.OpenAiStub;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The prompts exactly as they go over the wire, for fixed inputs, compared with golden files under
 * {@code src/test/resources/golden/prompts}: any change to a template, the rules, the delimiters or
 * the schema shows up in review as a diff of those files. After an intended change, regenerate them
 * with {@code mvn test -Dtest=PromptSnapshotTest -Drehearse.golden.update=true} and review the diff.
 */
class PromptSnapshotTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path GOLDEN = Path.of("src/test/resources/golden/prompts");
    private static final boolean UPDATE = Boolean.getBoolean("rehearse.golden.update");

    private static final KnowledgeBase KNOWLEDGE = new KnowledgeLoader().load(Path.of("src/test/resources/golden/knowledge"));

    private OpenAiStub model;
    private WireMockServer server;
    private LlmCoach coach;

    @BeforeEach
    void start() {
        model = OpenAiStub.start();
        server = model.server();
        coach = Coaches.openAi(baseUrl(), KNOWLEDGE);
    }

    private String baseUrl() {
        return model.baseUrl();
    }

    @AfterEach
    void stop() {
        coach.close();
        model.close();
    }

    private void stubStream(String content) {
        model.streams(List.of(content));
    }

    private void stubJson(String content) {
        model.completes(content);
    }

    /** The request as a readable document: each message under its role, then the response format. */
    private String rendered() throws Exception {
        JsonNode body = model.firstRequest();
        StringBuilder sb = new StringBuilder();
        for (JsonNode m : body.path("messages")) {
            sb.append("=== ").append(m.path("role").asText()).append('\n').append(m.path("content").asText().strip()).append("\n\n");
        }
        if (body.has("response_format")) {
            sb.append("=== response_format\n").append(body.path("response_format").toPrettyString()).append('\n');
        }
        return sb.toString();
    }

    /**
     * An Anthropic request as a readable document: the system prompt, each message under its role, then every other
     * field as sent (model, max_tokens, temperature …). Anthropic has no response format: the JSON shape is in the prompt.
     */
    private String renderedAnthropic() throws Exception {
        JsonNode body = JSON.readTree(server.findAll(postRequestedFor(urlEqualTo("/v1/messages"))).get(0).getBodyAsString());
        StringBuilder sb = new StringBuilder();
        sb.append("=== system\n").append(text(body.path("system"))).append("\n\n");
        for (JsonNode m : body.path("messages")) {
            sb.append("=== ").append(m.path("role").asText()).append('\n').append(text(m.path("content"))).append("\n\n");
        }
        sb.append("=== parameters\n");
        body.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("system") && !f.getKey().equals("messages")) {
                sb.append(f.getKey()).append(": ").append(f.getValue()).append('\n');
            }
        });
        return sb.toString();
    }

    /** Anthropic's content: a string, or a list of blocks whose text parts are joined. */
    private static String text(JsonNode content) {
        if (content.isTextual()) {
            return content.asText().strip();
        }
        StringBuilder sb = new StringBuilder();
        for (JsonNode block : content) {
            if (!sb.isEmpty()) {
                sb.append("\n--- next block\n");
            }
            sb.append(block.path("type").asText().equals("text") ? block.path("text").asText().strip() : block.toString());
        }
        return sb.toString();
    }

    private void matchesGolden(String name, Consumer<LlmCoach> call) throws Exception {
        call.accept(coach);
        compare(name, rendered());
    }

    private void compare(String name, String actual) throws Exception {
        Path file = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file %s (create it with -Drehearse.golden.update=true)", file).exists();
        assertThat(actual).as("prompt for %s (regenerate with -Drehearse.golden.update=true if intended)", name)
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void should_render_the_critique_prompt_as_in_its_golden_file() throws Exception {
        stubStream(Drafts.resource("/llm/critique-paypal.json"));
        matchesGolden("critique.txt", c -> assertThat(c.critique(Drafts.paypal()).ok()).isTrue());
    }

    @Test
    void should_render_the_anthropic_critique_request_as_in_its_golden_file() throws Exception {
        // given: the same inputs as the OpenAI critique, sent to Anthropic's messages API
        coach.close();
        coach = Coaches.anthropic(baseUrl(), KNOWLEDGE);
        server.stubFor(post(urlEqualTo("/v1/messages")).willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
                .withBody(AnthropicWire.stream(List.of(Drafts.resource("/llm/critique-paypal.json"))))));

        // when
        assertThat(coach.critique(Drafts.paypal()).ok()).isTrue();

        // then
        compare("critique-anthropic.txt", renderedAnthropic());
    }

    @Test
    void should_render_the_follow_ups_prompt_as_in_its_golden_file() throws Exception {
        stubJson(Drafts.resource("/llm/followups.json"));
        matchesGolden("followups.txt", c -> assertThat(c.followUps(Drafts.paypal()).ok()).isTrue());
        // the prompt just compared: the offline probes reach the model, and it is still asked to quote the draft it is given
        String golden = Files.readString(GOLDEN.resolve("followups.txt"));
        assertThat(golden).contains("<draft>\n" + Drafts.PAYPAL_DRAFT.strip())
                .contains("- Probe: You said \"That improved failure isolation, simplified retries")
                .contains("Each question quotes or names something the draft itself says");
    }

    @Test
    void should_render_the_company_tie_prompt_as_in_its_golden_file() throws Exception {
        stubJson(Drafts.resource("/llm/tie.json"));
        matchesGolden("tie.txt", c -> assertThat(c.companyTie(Drafts.paypal()).ok()).isTrue());
    }

    @Test
    void should_pass_the_offline_findings_as_signals_the_model_may_overrule_with_a_reason() throws Exception {
        // given
        stubStream(Drafts.resource("/llm/critique-paypal.json"));

        // when: the request is what counts here, whatever became of the answer
        coach.critique(Drafts.paypal());

        // then: the system prompt asks the model to weigh the findings, not to obey them
        String system = model.firstRequest().path("messages").get(0).path("content").asText();
        assertThat(system).contains("Weigh them as signals, not verdicts.")
                .contains("overrule it and say why in the reason of the dimension it concerns")
                .doesNotContainIgnoringCase("as correct");
    }

    @Test
    void should_render_the_ask_prompt_as_in_its_golden_file() throws Exception {
        stubStream("Reliable metric ingestion keeps the metric cards trustworthy [1].");
        matchesGolden("ask.txt", c -> assertThat(c.ask("How does TheyDo tie journeys to outcomes?").ok()).isTrue());
    }
}
