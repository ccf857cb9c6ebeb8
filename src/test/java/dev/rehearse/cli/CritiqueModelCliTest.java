package dev.rehearse.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.rehearse.config.Env;
import dev.rehearse.llm.support.Drafts;
import dev.rehearse.llm.support.OpenAiWire;
import dev.rehearse.service.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rehearse critique} with the model configured as serve reads it, the model on WireMock; and serve's port check. */
class CritiqueModelCliTest {

    @TempDir
    Path data;

    private WireMockServer model;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void startModel() {
        model = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        model.start();
        model.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse()
                .withHeader("Content-Type", "text/event-stream")
                .withBody(OpenAiWire.stream(Drafts.pieces(Drafts.resource("/llm/critique-paypal.json"), 40)))));
    }

    @AfterEach
    void stopModel() {
        model.stop();
    }

    private Env env() {
        return Env.of(Map.of("REHEARSE_LLM", "openai", "OPENAI_API_KEY", "sk-test-not-a-real-key",
                "OPENAI_BASE_URL", "http://127.0.0.1:" + model.port() + "/v1", "OPENAI_MODEL", "gpt-test",
                "REHEARSE_LLM_RETRIES", "0"));
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RehearseCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), this::env);
        return new Run(code, out.toString(), err.toString());
    }

    private Path draft() throws Exception {
        Path file = data.resolve("draft.txt");
        Files.writeString(file, Drafts.PAYPAL_DRAFT);
        return file;
    }

    @Test
    void should_print_the_same_json_as_the_api_with_the_models_critique() throws Exception {
        // when
        Run r = run("critique", "--knowledge", "knowledge", "--data-dir", data.toString(), "--no-language", "--json",
                "-q", Drafts.PAYPAL_QUESTION, "-d", draft().toString());

        // then: the offline report's fields at the top, the model's critique beside them
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode result = Json.MAPPER.readTree(r.out());
        assertThat(result.get("question").get("type").asText()).isEqualTo("behavioural");
        assertThat(result.get("llm").get("result").get("summary").asText()).startsWith("A solid design story");
        assertThat(result.get("llmNote").isNull()).isTrue();
        assertThat(result.has("attemptId")).isFalse();
        model.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    }

    @Test
    void should_show_the_models_critique_after_the_offline_report_as_text() throws Exception {
        // when
        Run r = run("critique", "--knowledge", "knowledge", "--data-dir", data.toString(), "--no-language",
                "-q", Drafts.PAYPAL_QUESTION, "-d", draft().toString());

        // then
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Overall ").contains("Language model:").contains("A solid design story");
    }

    @Test
    void should_not_call_the_model_when_offline() throws Exception {
        // when
        Run r = run("critique", "--knowledge", "knowledge", "--data-dir", data.toString(), "--no-language", "--json",
                "--offline", "-q", Drafts.PAYPAL_QUESTION, "-d", draft().toString());

        // then
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode result = Json.MAPPER.readTree(r.out());
        assertThat(result.get("llm").isNull()).isTrue();
        assertThat(result.get("llmNote").isNull()).isTrue();
        model.verify(0, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    }

    @Test
    void should_refuse_a_port_in_use_in_one_line_before_indexing() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            // when
            Run r = run("serve", "--knowledge", "knowledge", "--data-dir", data.toString(), "--host", "127.0.0.1",
                    "--port", String.valueOf(taken.getLocalPort()));

            // then: one line naming the address, and no index was built
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err().strip()).startsWith("rehearse: cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .doesNotContain("\n").doesNotContain("Javalin");
            assertThat(data.resolve("index")).doesNotExist();
        }
    }
}
