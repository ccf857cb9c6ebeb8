package dev.rehearse.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.llm.Citation;
import dev.rehearse.llm.FailureKind;
import dev.rehearse.llm.LlmAnswer;
import dev.rehearse.llm.LlmCompanyTie;
import dev.rehearse.llm.LlmCritique;
import dev.rehearse.llm.LlmFailure;
import dev.rehearse.llm.LlmFollowUps;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.practice.StoreOptions;
import dev.rehearse.testing.BundledKnowledge;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One-off: writes src/test/resources/practice/history-v1.db with the code of the day the page still posted its
 * reports to POST /api/attempts, in each shape main.js posted them. Run once, then removed with that route.
 */
@Tag("integration")
class LegacyHistoryFixtureWriter {

    private static final String DRAFT_1 = "We built a pipeline for payments. It was ok and the reports were better after.";
    private static final String DRAFT_2 = "I designed the PayPal ingestion pipeline end to end. I split it into a daily"
            + " ingestion job and a weekly aggregation, so a failed load no longer blocked the reports. Late data"
            + " dropped from 12% to 1% of rows within two months, and finance now reconciles from that table.";
    private static final String FREE_TEXT = "Why do you want to work at TheyDo?";
    private static final String FREE_DRAFT = "I like customer journeys and I want to build the data behind them.";

    @Test
    void write_the_legacy_history() throws Exception {
        Path dataDir = Files.createTempDirectory("legacy-history");
        Instant start = Instant.parse("2026-12-01T09:00:00Z");
        AttemptStore store = new AttemptStore(StoreOptions.forDataDir(dataDir)
                .withClock(new Stepping(start)));
        RehearseServer server = new RehearseServer(new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, dataDir),
                BundledKnowledge.index(), store);
        LlmCritique llmCritique = Json.MAPPER.readValue(Path.of("src/test/resources/llm/critique-paypal.json").toFile(), LlmCritique.class);
        LlmFollowUps llmFollowUps = Json.MAPPER.readValue(Path.of("src/test/resources/llm/followups.json").toFile(), LlmFollowUps.class);
        LlmCompanyTie llmTie = Json.MAPPER.readValue(Path.of("src/test/resources/llm/tie.json").toFile(), LlmCompanyTie.class);
        Citation cited = new Citation(1, "p1", "candidate/notes.txt", 69, 77, "answer", "PayPal pipeline");
        LlmFailure timeout = new LlmFailure(FailureKind.TIMEOUT, "The model did not answer within 60 s.", List.of(cited));

        JavalinTest.test(server.javalin(), (s, client) -> {
            JsonNode bank = Json.MAPPER.readTree(client.get("/api/questions").body().string());
            JsonNode chosen = null;
            for (JsonNode q : bank.findValues("questions").get(0)) {
                if (q.path("question").asText().contains("designed end-to-end")) {
                    chosen = q;
                }
            }
            assertThat(chosen).as(bank.toString()).isNotNull();
            String BANK_ID = chosen.path("id").asText();
            String BANK_TEXT = chosen.path("question").asText();
            JsonNode critique1 = coach(client, "/api/critique", BANK_TEXT, DRAFT_1);
            JsonNode critique2 = coach(client, "/api/critique", BANK_TEXT, DRAFT_2);
            JsonNode followUps = coach(client, "/api/followups", BANK_TEXT, DRAFT_2);
            JsonNode tie = coach(client, "/api/tie", BANK_TEXT, DRAFT_2);
            JsonNode freeCritique = coach(client, "/api/critique", FREE_TEXT, FREE_DRAFT);

            // critique, offline: {...offline}, the offline overall score, "offline"
            save(client, BANK_ID, BANK_TEXT, DRAFT_1, "critique", critique1, critique1.path("scores").path("overall"), "offline");
            // critique with a model: {...offline, llm}
            ObjectNode withLlm = critique2.deepCopy();
            withLlm.set("llm", Json.MAPPER.valueToTree(llmCritique));
            save(client, BANK_ID, BANK_TEXT, DRAFT_2, "critique", withLlm, critique2.path("scores").path("overall"), "openai gpt-4o-mini");
            // critique whose model failed: {...offline, llmNote}
            ObjectNode withNote = critique2.deepCopy();
            withNote.set("llmNote", Json.MAPPER.valueToTree(timeout));
            save(client, BANK_ID, BANK_TEXT, DRAFT_2, "critique", withNote, critique2.path("scores").path("overall"), "offline (TIMEOUT)");
            // follow-ups, offline: the response as it came
            save(client, BANK_ID, BANK_TEXT, DRAFT_2, "followups", followUps, null, "offline");
            // follow-ups with a model configured: the response with llm and llmNote (one of them null)
            ObjectNode followUpsLlm = followUps.deepCopy();
            followUpsLlm.set("llm", Json.MAPPER.valueToTree(llmFollowUps));
            followUpsLlm.putNull("llmNote");
            save(client, BANK_ID, BANK_TEXT, DRAFT_2, "followups", followUpsLlm, null, "openai gpt-4o-mini");
            // tie, offline: /api/tie answers the CompanyTie itself, so the page wrapped it: {companyTie: report}
            ObjectNode tieWrapped = Json.MAPPER.createObjectNode();
            tieWrapped.set("companyTie", tie);
            save(client, BANK_ID, BANK_TEXT, DRAFT_2, "tie", tieWrapped, null, "offline");
            // tie with a model: the model's parts sit inside the wrapped report
            ObjectNode tieLlm = tie.deepCopy();
            tieLlm.set("llm", Json.MAPPER.valueToTree(llmTie));
            tieLlm.putNull("llmNote");
            ObjectNode tieLlmWrapped = Json.MAPPER.createObjectNode();
            tieLlmWrapped.set("companyTie", tieLlm);
            save(client, BANK_ID, BANK_TEXT, DRAFT_2, "tie", tieLlmWrapped, null, "openai gpt-4o-mini");
            // a free question's critique
            save(client, null, FREE_TEXT, FREE_DRAFT, "critique", freeCritique, freeCritique.path("scores").path("overall"), "offline");
            // ask: {answer} and {fallback}, no draft, never a question id
            ObjectNode answer = Json.MAPPER.createObjectNode();
            answer.set("answer", Json.MAPPER.valueToTree(new LlmAnswer("Tie it to the metric cards on journey steps [1].")));
            save(client, null, "How does this tie to TheyDo's outcomes?", "", "ask", answer, null, "openai gpt-4o-mini");
            ObjectNode fallback = Json.MAPPER.createObjectNode();
            fallback.set("fallback", Json.MAPPER.valueToTree(LlmFailure.notConfigured("The passages that match are shown.", List.of(cited))));
            save(client, null, "What does TheyDo sell?", "", "ask", fallback, null, "offline (NOT_CONFIGURED)");
        });
        assertThat(store.attemptCount()).isEqualTo(10);
        store.close();
        Path target = Path.of("src/test/resources/practice/history-v1.db");
        Files.copy(dataDir.resolve("practice.db"), target, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.exists(dataDir.resolve("practice.db-wal"))).isFalse();
    }

    private static JsonNode coach(io.javalin.testtools.HttpClient client, String path, String question, String draft) throws Exception {
        ObjectNode body = Json.MAPPER.createObjectNode().put("question", question).put("draft", draft);
        var response = PracticeApiTest.postJson(client, path, body.toString(), "application/json");
        assertThat(response.code()).isEqualTo(200);
        return Json.MAPPER.readTree(response.body().string());
    }

    private static void save(io.javalin.testtools.HttpClient client, String id, String text, String draft, String mode,
                             JsonNode report, JsonNode score, String note) throws Exception {
        ObjectNode body = Json.MAPPER.createObjectNode();
        if (id != null) {
            body.put("questionId", id);
        }
        body.put("questionText", text).put("draft", draft).put("mode", mode);
        body.set("report", report);
        if (score != null && score.isNumber()) {
            body.set("overallScore", score);
        }
        body.put("modelNote", note);
        var response = PracticeApiTest.save(client, body);
        assertThat(response.code()).as(response.body().string()).isEqualTo(201);
    }

    /** A clock a minute later on every reading, so the attempts have distinct times. */
    private static final class Stepping extends Clock {
        private Instant now;

        Stepping(Instant start) {
            now = start;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plus(Duration.ofMinutes(1));
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
