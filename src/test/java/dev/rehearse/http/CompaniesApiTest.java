package dev.rehearse.http;

import static dev.rehearse.http.SearchApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearse.RehearseApp;
import dev.rehearse.coach.roles.MeaningReader;
import dev.rehearse.coach.roles.RoleModelCache;
import dev.rehearse.coach.roles.SentenceEmbedder;
import dev.rehearse.config.Env;
import dev.rehearse.search.MiniLmEmbedder;
import dev.rehearse.service.Json;
import dev.rehearse.service.PlanService;
import dev.rehearse.testing.BundledKnowledge;
import dev.rehearse.testing.CompaniesFixture;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The API over a folder with two companies: the list, the company parameter on every route, the unknown company. */
@Tag("integration")
class CompaniesApiTest {

    private static final String QUESTION = "Can you walk me through a data system you designed end-to-end, including the key decisions you made?";
    private static final String DRAFT = "I rebuilt the PayPal ingestion pipeline for payments reporting. I split it into a daily"
            + " ingestion pipeline that landed raw files and a separate aggregation pipeline, so a failed aggregation could be"
            + " rerun and retries were idempotent. The finance team trusted the weekly payments table again.";

    @RegisterExtension
    static final CompaniesFixture.PerClass companies = CompaniesFixture.perClass();
    static PlanService plan;

    @BeforeAll
    static void start() {
        CompaniesFixture.Running offline = companies.get();
        MiniLmEmbedder m = BundledKnowledge.embedder();
        MeaningReader meaning = new MeaningReader(new SentenceEmbedder(m.modelId(), m::embedAll), RoleModelCache.inMemory());
        plan = RehearseApp.plan(Env.load(offline.data(), Map.of()), m, meaning, offline.index(), offline.service(),
                offline.store());
    }

    /** A server over the shared service: a Javalin app serves one test only. */
    private static RehearseServer server() {
        CompaniesFixture.Running offline = companies.get();
        return new RehearseServer(offline.settings(), offline.service(),
                new VoiceController(Optional.empty(), dev.rehearse.voice.RecordingStore.inDataDir(offline.data(),
                        dev.rehearse.voice.VoiceSettings.none()), offline.service().spokenAnswers()), plan);
    }

    @Test
    void should_list_the_companies_with_their_names_passages_and_the_default() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            // when
            JsonNode list = json(client.get("/api/companies"), 200);

            // then
            assertThat(list.get("companies").findValuesAsText("slug")).containsExactly("northwind", "theydo");
            assertThat(list.get("companies").findValuesAsText("name")).containsExactly("Northwind Freight", "TheyDo");
            assertThat(list.at("/companies/0/passages").asInt()).isPositive();
            assertThat(list.get("default").asText()).isEqualTo("northwind");
            assertThat(json(client.get("/api/config?company=theydo"), 200).at("/company/name").asText()).isEqualTo("TheyDo");
            assertThat(json(client.get("/api/config"), 200).at("/company/name").asText()).isEqualTo("Northwind Freight");
        });
    }

    @Test
    void should_tie_and_keep_the_history_of_the_company_in_the_body() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            // when
            JsonNode theydo = json(post(client, "/api/tie", body("theydo", "api-tie")), 200);
            JsonNode northwind = json(post(client, "/api/tie", body("northwind", "api-tie")), 200);
            JsonNode northwindHistory = json(client.get("/api/attempts?questionId=api-tie&company=northwind"), 200);
            JsonNode theydoQuestions = json(client.get("/api/practice/questions?company=theydo"), 200);

            // then
            assertThat(theydo.get("company").asText()).isEqualTo("TheyDo");
            assertThat(northwind.get("company").asText()).isEqualTo("Northwind Freight");
            assertThat(northwind.get("research").findValuesAsText("source")).isNotEmpty()
                    .allMatch(s -> s.startsWith("companies/northwind/"));
            assertThat(northwindHistory.get("count").asInt()).isEqualTo(1);
            assertThat(northwindHistory.at("/attempts/0/id").asLong()).isEqualTo(northwind.get("attemptId").asLong());
            assertThat(theydoQuestions.get("questions").findValuesAsText("questionId")).containsExactly("api-tie");
            assertThat(theydoQuestions.at("/questions/0/attempts").asInt()).isEqualTo(1);
        });
    }

    @Test
    void should_give_each_company_its_own_likely_questions_and_search() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            // when
            JsonNode northwind = json(client.get("/api/coverage?company=northwind"), 200);
            JsonNode theydo = json(client.get("/api/coverage?company=TheyDo"), 200);
            JsonNode search = json(client.get("/api/search?k=20&company=northwind&q="
                    + URLEncoder.encode("idempotent resend of a file", StandardCharsets.UTF_8)), 200);

            // then
            assertThat(northwind.findValuesAsText("origin")).contains("research");
            assertThat(theydo.findValuesAsText("origin")).doesNotContain("research");
            assertThat(search.get("hits").findValuesAsText("source")).noneMatch(s -> s.startsWith("companies/theydo/"));
        });
    }

    @Test
    void should_answer_an_unknown_company_with_a_404_naming_it_and_the_known_ones() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            // when
            JsonNode plan = json(client.get("/api/plan?company=acme"), 404);
            JsonNode tie = json(post(client, "/api/tie", body("acme", null)), 404);
            JsonNode history = json(client.get("/api/attempts?questionId=x&company=acme"), 404);

            // then
            for (JsonNode error : new JsonNode[] {plan, tie, history}) {
                assertThat(error.get("error").asText()).isEqualTo("not_found");
                assertThat(error.get("message").asText()).contains("\"acme\"", "northwind (Northwind Freight)", "theydo (TheyDo)");
            }
        });
    }

    private static Response post(HttpClient client, String path, String body) {
        return client.post(path, body, r -> r.header("Content-Type", "application/json"));
    }

    private static String body(String company, String questionId) {
        ObjectNode node = Json.MAPPER.createObjectNode().put("question", QUESTION).put("draft", DRAFT).put("company", company);
        if (questionId != null) {
            node.put("questionId", questionId).put("save", true);
        }
        return node.toString();
    }
}
