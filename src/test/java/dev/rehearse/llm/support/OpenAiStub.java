package dev.rehearse.llm.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * An OpenAI-compatible model server on loopback (WireMock), speaking the chat-completions wire format:
 * the one fixture every OpenAI test starts, stubs and reads back. {@link #server()} is there for the
 * scenarios and the Anthropic endpoint a test may add on the same port.
 */
public final class OpenAiStub implements AutoCloseable {

    /** The path LangChain4j's OpenAI models post to under the base URL. */
    public static final String CHAT = "/v1/chat/completions";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server;

    private OpenAiStub() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    public static OpenAiStub start() {
        return new OpenAiStub();
    }

    /** The base URL to give the coach ({@code OPENAI_BASE_URL}). */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port() + "/v1";
    }

    public WireMockServer server() {
        return server;
    }

    /** Every chat request is answered with {@code response}. */
    public void answer(ResponseDefinitionBuilder response) {
        server.stubFor(post(urlEqualTo(CHAT)).willReturn(response));
    }

    /** Every chat request is answered with a stream of these pieces, then {@code finish_reason: stop}. */
    public void streams(List<String> pieces) {
        answer(sse(OpenAiWire.stream(pieces)));
    }

    /** Every chat request is answered with one plain completion holding {@code content}. */
    public void completes(String content) {
        answer(json(200, OpenAiWire.completion(content)));
    }

    /** The chat requests received, oldest first. */
    public List<LoggedRequest> requests() {
        return server.findAll(postRequestedFor(urlEqualTo(CHAT)));
    }

    /** The body of the first chat request, parsed. */
    public JsonNode firstRequest() {
        try {
            return JSON.readTree(requests().get(0).getBodyAsString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ResponseDefinitionBuilder sse(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(body);
    }

    public static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    @Override
    public void close() {
        server.stop();
    }
}
