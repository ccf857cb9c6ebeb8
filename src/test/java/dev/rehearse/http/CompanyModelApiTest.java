package dev.rehearse.http;

import static dev.rehearse.http.SearchApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.RehearseApp;
import dev.rehearse.coach.language.EnglishVariant;
import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.config.Env;
import dev.rehearse.llm.LlmCoach;
import dev.rehearse.llm.retrieval.PassageSearch;
import dev.rehearse.llm.settings.LlmSettings;
import dev.rehearse.llm.support.OpenAiStub;
import dev.rehearse.llm.support.OpenAiWire;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.service.Json;
import dev.rehearse.service.RehearseService;
import dev.rehearse.testing.CompaniesFixture;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The model path over a folder with two companies, WireMock speaking OpenAI's chat-completions wire format: what is
 * sent for Northwind holds Northwind's research and name and none of TheyDo's, and the reverse.
 */
@Tag("integration")
class CompanyModelApiTest {

    private static final String QUESTION = "Can you walk me through a data system you designed end-to-end, including the key decisions you made?";
    private static final String DRAFT = "I rebuilt the PayPal ingestion pipeline for payments reporting. I split it into a daily"
            + " ingestion pipeline that landed raw files and a separate aggregation pipeline, so a failed aggregation could be"
            + " rerun and retries were idempotent. The finance team trusted the weekly payments table again.";

    @RegisterExtension
    static final CompaniesFixture.PerClass companies = CompaniesFixture.perClass();

    private final OpenAiStub openAi = OpenAiStub.start();
    private LlmCoach llm;
    private RehearseService service;

    @AfterEach
    void close() {
        service.mock().close();
        llm.close();
        openAi.close();
    }

    /** A server over a service with the model behind it, on the class's index and history. */
    private RehearseServer server() {
        LlmSettings settings = LlmSettings.from(Env.of(Map.of("REHEARSE_LLM", "openai", "OPENAI_API_KEY", "sk-test-not-a-real-key",
                "OPENAI_BASE_URL", openAi.baseUrl(), "OPENAI_MODEL", "gpt-4.1-mini", "REHEARSE_LLM_TIMEOUT", "20",
                "REHEARSE_LLM_RETRIES", "0")));
        KnowledgeIndex index = companies.get().index();
        llm = LlmCoach.create(settings, PassageSearch.withoutSnippets(index), index::knowledge).orElseThrow();
        service = RehearseApp.service(index, LanguageChecker.disabled(EnglishVariant.BRITISH, "test"), settings,
                Optional.of(llm), companies.get().store());
        return companies.get().server(service);
    }

    /** The request's messages as the model received them, one string: the system message first. */
    private String sent(int request) throws Exception {
        JsonNode body = Json.MAPPER.readTree(openAi.requests().get(request).getBodyAsString());
        StringBuilder all = new StringBuilder();
        body.get("messages").forEach(m -> all.append(m.get("content").asText()).append('\n'));
        return all.toString();
    }

    private static Response post(HttpClient client, String path, String body) {
        return client.request(path, b -> b.post(BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json"));
    }

    @Test
    void should_send_the_tie_only_the_named_companys_research_and_name() {
        // given
        openAi.completes("{\"summary\": \"It ties to the feeds.\", \"bridges\": []}");
        JavalinTest.test(server().javalin(), (app, client) -> {
            String body = "{\"question\": \"" + QUESTION + "\", \"draft\": \"" + DRAFT + "\", \"company\": \"%s\"}";

            // when
            json(post(client, "/api/tie", body.formatted("northwind")), 200);
            json(post(client, "/api/tie", body.formatted("theydo")), 200);

            // then
            String northwind = sent(0);
            String theydo = sent(1);
            assertThat(northwind).contains("interviewing with Northwind Freight", "source=\"companies/northwind/")
                    .doesNotContain("companies/theydo/", "interviewing with TheyDo");
            assertThat(theydo).contains("interviewing with TheyDo", "source=\"companies/theydo/")
                    .doesNotContain("companies/northwind/", "Northwind");
            // the candidate's own notes are every company's
            assertThat(List.of(northwind, theydo)).allMatch(p -> p.contains("source=\"candidate/"));
        });
    }

    @Test
    void should_answer_a_question_from_the_named_companys_research_only() {
        // given
        openAi.streams(List.of("From the research [1]."));
        JavalinTest.test(server().javalin(), (app, client) -> {
            String question = "Which company facts about data pipelines, feeds and retries should I mention?";

            // when: the company in the body, then in the query
            json(post(client, "/api/ask", "{\"question\": \"" + question + "\", \"company\": \"northwind\"}"), 200);
            json(post(client, "/api/ask?company=theydo", "{\"question\": \"" + question + "\"}"), 200);
            JsonNode unknown = json(post(client, "/api/ask", "{\"question\": \"" + question + "\", \"company\": \"acme\"}"), 404);
            Response unknownStreamed = client.request("/api/ask", b -> b.post(BodyPublishers.ofString(
                    "{\"question\": \"" + question + "\", \"company\": \"acme\"}", StandardCharsets.UTF_8))
                    .header("Content-Type", "application/json").header("Accept", "text/event-stream"));

            // then
            assertThat(sent(0)).contains("interviewing with Northwind Freight", "source=\"companies/northwind/")
                    .doesNotContain("companies/theydo/");
            assertThat(sent(1)).contains("interviewing with TheyDo", "source=\"companies/theydo/")
                    .doesNotContain("companies/northwind/", "Northwind");
            assertThat(openAi.requests()).as("an unknown company reaches no model").hasSize(2);
            assertThat(unknown.get("message").asText()).contains("\"acme\"", "northwind (Northwind Freight)", "theydo (TheyDo)");
            assertThat(json(unknownStreamed, 404).get("message").asText()).contains("\"acme\"");
        });
    }

    @Test
    void should_tell_the_model_interviewer_the_sessions_company_and_only_its_research() {
        // given
        openAi.completes("Thanks for coming in. To start, tell me about yourself?");
        JavalinTest.test(server().javalin(), (app, client) -> {
            // when
            json(post(client, "/api/mock", "{\"questions\": 1, \"company\": \"northwind\"}"), 201);
            json(post(client, "/api/mock?company=theydo", "{\"questions\": 1}"), 201);

            // then: the research the system message quotes is the session's company's alone
            String northwind = research(sent(0));
            String theydo = research(sent(1));
            assertThat(northwind).startsWith("What the research says about Northwind Freight:").contains("Northwind Freight")
                    .doesNotContain("TheyDo");
            assertThat(theydo).startsWith("What the research says about TheyDo:").doesNotContain("Northwind");
        });
    }

    /** The system message's research part, which the mock interviewer's prompt puts last. */
    private static String research(String sent) {
        int at = sent.indexOf("What the research says about");
        assertThat(at).as(sent).isNotNegative();
        return sent.substring(at);
    }
}
