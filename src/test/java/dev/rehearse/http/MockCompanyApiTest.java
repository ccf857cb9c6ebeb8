package dev.rehearse.http;

import static dev.rehearse.http.MockApiTest.WE_ONLY;
import static dev.rehearse.http.SearchApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.testing.CompaniesFixture;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The mock interview over a folder with two companies: each session is about one, and keeps it. */
@Tag("integration")
class MockCompanyApiTest {

    @RegisterExtension
    static final CompaniesFixture.PerClass companies = CompaniesFixture.perClass();

    private static List<String> questions(JsonNode session) {
        List<String> out = new ArrayList<>();
        session.at("/plan/questions").forEach(q -> out.add(q.get("text").asText()));
        return out;
    }

    @Test
    void should_plan_from_the_named_companys_questions_and_keep_its_answers_in_its_history() {
        JavalinTest.test(companies.get().server().javalin(), (app, client) -> {
            // given: one session for each company, the first named in the body, the second by the query
            JsonNode northwind = MockApiTest.post(client, "/api/mock", "{\"questions\": 10, \"followUps\": 0, \"company\": \"northwind\"}", 201);
            JsonNode theydo = MockApiTest.post(client, "/api/mock?company=theydo", "{\"questions\": 10, \"followUps\": 0}", 201);
            String id = northwind.get("id").asText();

            // when: the Northwind session's first answer is given
            MockApiTest.post(client, "/api/mock/" + id + "/answer", "{\"answer\": \"" + WE_ONLY + "\"}", 200);
            JsonNode northwindSession = json(client.get("/api/mock/" + id), 200);
            JsonNode theydoSession = json(client.get("/api/mock/" + theydo.get("id").asText()), 200);

            // then: each plan asks its own company's questions, and why that company
            assertThat(northwind.get("company").asText()).isEqualTo("northwind");
            assertThat(northwindSession.get("company").asText()).isEqualTo("northwind");
            assertThat(theydoSession.get("company").asText()).isEqualTo("theydo");
            assertThat(questions(northwindSession)).anyMatch(q -> q.contains("lorry telemetry") || q.contains("carrier feed"))
                    .anyMatch(q -> q.contains("Northwind Freight")).noneMatch(q -> q.contains("TheyDo"));
            assertThat(questions(theydoSession)).anyMatch(q -> q.contains("TheyDo"))
                    .noneMatch(q -> q.contains("lorry") || q.contains("carrier feed") || q.contains("Northwind"));
            // the answer is kept in Northwind's history, not TheyDo's
            String firstQuestion = northwindSession.at("/plan/questions/0/text").asText();
            assertThat(json(client.get("/api/practice/questions?company=northwind"), 200).get("questions").findValuesAsText("questionText"))
                    .contains(firstQuestion);
            assertThat(json(client.get("/api/practice/questions?company=theydo"), 200).get("questions").findValuesAsText("questionText"))
                    .doesNotContain(firstQuestion);
            // and each company's list shows its own sessions only
            assertThat(json(client.get("/api/mock?company=theydo"), 200).get("sessions").findValuesAsText("id"))
                    .contains(theydo.get("id").asText()).doesNotContain(id);
            assertThat(json(client.get("/api/mock"), 200).get("sessions").findValuesAsText("id"))
                    .contains(theydo.get("id").asText(), id);
        });
    }

    @Test
    void should_refuse_an_unknown_company_with_a_404_naming_it_and_the_companies_there_are() {
        JavalinTest.test(companies.get().server().javalin(), (app, client) -> {
            // when
            JsonNode plain = json(PracticeApiTest.postJson(client, "/api/mock", "{\"company\": \"acme\"}", "application/json"), 404);
            Response streamed = client.request("/api/mock", b -> b.post(BodyPublishers.ofString("{\"company\": \"acme\"}",
                    StandardCharsets.UTF_8)).header("Content-Type", "application/json").header("Accept", "text/event-stream"));
            JsonNode listed = json(client.get("/api/mock?company=acme"), 404);

            // then
            for (JsonNode error : List.of(plain, json(streamed, 404), listed)) {
                assertThat(error.get("message").asText()).contains("\"acme\"", "northwind (Northwind Freight)", "theydo (TheyDo)");
            }
        });
    }
}
