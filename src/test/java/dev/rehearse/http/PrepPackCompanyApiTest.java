package dev.rehearse.http;

import static dev.rehearse.http.SearchApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.testing.CompaniesFixture;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The prep pack and one attempt over a folder with two companies: {@code ?company=} keeps to that company's history. */
@Tag("integration")
class PrepPackCompanyApiTest {

    private static final String NORTHWIND_QUESTION = "How would you make a carrier feed safe to resend?";
    private static final String THEYDO_QUESTION = "How would you model customer journeys for analytics?";
    private static final String DRAFT = "I rebuilt the PayPal ingestion pipeline: a daily ingestion pipeline landed raw files and a"
            + " separate aggregation pipeline, so a failed aggregation could be rerun and retries were idempotent.";

    @RegisterExtension
    static final CompaniesFixture.PerClass companies = CompaniesFixture.perClass();

    /** Saves a follow-ups run (a report with no ties, so the pack names the company it asks to tie to). */
    private static long save(HttpClient client, String question, String company) throws Exception {
        String body = "{\"question\": \"" + question + "\", \"draft\": \"" + DRAFT + "\", \"save\": true, \"company\": \"" + company + "\"}";
        Response r = client.request("/api/followups", b -> b.post(BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json"));
        return json(r, 200).get("attemptId").asLong();
    }

    @Test
    void should_hold_only_the_named_companys_attempts_and_name_in_its_prep_pack() {
        JavalinTest.test(companies.get().server().javalin(), (app, client) -> {
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
        JavalinTest.test(companies.get().server().javalin(), (app, client) -> {
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

    @Test
    void should_keep_diff_and_delete_to_the_named_companys_history_when_a_company_is_named() {
        JavalinTest.test(companies.get().server().javalin(), (app, client) -> {
            // given
            long northwind = save(client, NORTHWIND_QUESTION, "northwind");
            long northwindAgain = save(client, NORTHWIND_QUESTION, "northwind");
            long theydo = save(client, THEYDO_QUESTION, "theydo");

            // when
            Response ownDiff = client.get("/api/attempts/" + northwind + "/diff/" + northwindAgain + "?company=northwind");
            JsonNode crossDiff = json(client.get("/api/attempts/" + northwind + "/diff/" + theydo + "?company=northwind"), 404);
            JsonNode crossDelete = json(client.delete("/api/attempts/" + theydo + "?company=northwind"), 404);
            JsonNode kept = json(client.get("/api/attempts/" + theydo), 200);
            Response ownDelete = client.delete("/api/attempts/" + theydo + "?company=theydo");
            JsonNode gone = json(client.get("/api/attempts/" + theydo), 404);

            // then
            assertThat(ownDiff.code()).isEqualTo(200);
            assertThat(crossDiff.get("message").asText()).contains("no attempt with id " + theydo, "\"northwind\"");
            assertThat(crossDelete.get("message").asText()).contains("no attempt with id " + theydo, "\"northwind\"");
            assertThat(kept.get("id").asLong()).isEqualTo(theydo);
            assertThat(ownDelete.code()).isEqualTo(204);
            assertThat(gone.get("message").asText()).contains("no attempt with id " + theydo);
        });
    }
}
