package dev.rehearse.http;

import static dev.rehearse.http.SearchApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.RehearseApp;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.service.RehearseService;
import dev.rehearse.testing.BundledKnowledge;
import dev.rehearse.testing.CompaniesFixture;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prep pack and one attempt over a folder with two companies: {@code ?company=} keeps to that company's history. */
@Tag("integration")
class PrepPackCompanyApiTest {

    private static final String NORTHWIND_QUESTION = "How would you make a carrier feed safe to resend?";
    private static final String THEYDO_QUESTION = "How would you model customer journeys for analytics?";
    private static final String DRAFT = "I rebuilt the PayPal ingestion pipeline: a daily ingestion pipeline landed raw files and a"
            + " separate aggregation pipeline, so a failed aggregation could be rerun and retries were idempotent.";

    @TempDir
    static Path temp;
    static Path folder;
    static Path data;
    static KnowledgeIndex index;
    static AttemptStore attempts;
    static RehearseService service;

    @BeforeAll
    static void start() {
        folder = CompaniesFixture.build(temp);
        data = temp.resolve("data");
        index = KnowledgeIndex.open(folder, data.resolve("index"), BundledKnowledge.embedder());
        attempts = AttemptStore.inDataDir(data);
        service = RehearseApp.offline(index, attempts);
    }

    @AfterAll
    static void stop() {
        service.mock().close();
        attempts.close();
        index.close();
    }

    private static RehearseServer server() {
        return new RehearseServer(new ServerSettings("127.0.0.1", 0, folder, data), service);
    }

    /** Saves a follow-ups run (a report with no ties, so the pack names the company it asks to tie to). */
    private static long save(HttpClient client, String question, String company) throws Exception {
        String body = "{\"question\": \"" + question + "\", \"draft\": \"" + DRAFT + "\", \"save\": true, \"company\": \"" + company + "\"}";
        Response r = client.request("/api/followups", b -> b.post(BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json"));
        return json(r, 200).get("attemptId").asLong();
    }

    @Test
    void should_hold_only_the_named_companys_attempts_and_name_in_its_prep_pack() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            // given
            save(client, NORTHWIND_QUESTION, "northwind");
            save(client, THEYDO_QUESTION, "theydo");

            // when
            String northwind = client.get("/api/prep-pack?company=northwind").body().string();
            String theydo = client.get("/api/prep-pack?company=theydo").body().string();
            JsonNode unknown = json(client.get("/api/prep-pack?company=acme"), 404);

            // then
            assertThat(northwind).contains(NORTHWIND_QUESTION, "run Tie to Northwind Freight's outcomes")
                    .doesNotContain(THEYDO_QUESTION, "TheyDo");
            assertThat(theydo).contains(THEYDO_QUESTION, "run Tie to TheyDo's outcomes")
                    .doesNotContain(NORTHWIND_QUESTION, "Northwind");
            assertThat(unknown.get("message").asText()).contains("\"acme\"", "northwind (Northwind Freight)", "theydo (TheyDo)");
        });
    }

    @Test
    void should_answer_404_for_another_companys_attempt_when_a_company_is_named() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            // given
            long id = save(client, NORTHWIND_QUESTION, "northwind");

            // when
            JsonNode own = json(client.get("/api/attempts/" + id + "?company=northwind"), 200);
            JsonNode other = json(client.get("/api/attempts/" + id + "?company=theydo"), 404);
            JsonNode any = json(client.get("/api/attempts/" + id), 200);
            JsonNode unknown = json(client.get("/api/attempts/" + id + "?company=acme"), 404);

            // then
            assertThat(own.get("id").asLong()).isEqualTo(id);
            assertThat(any.get("id").asLong()).isEqualTo(id);
            assertThat(other.get("message").asText()).contains("no attempt with id " + id, "\"theydo\"");
            assertThat(unknown.get("message").asText()).contains("\"acme\"", "northwind (Northwind Freight)");
        });
    }
}
