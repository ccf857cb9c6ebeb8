package dev.rehearse.bench.load;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.rehearse.llm.support.Drafts;
import dev.rehearse.llm.support.OpenAiWire;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An OpenAI-compatible model on loopback (WireMock, in the driver's JVM) speaking the real streaming wire
 * format. A critique request gets a valid critique JSON; any other chat request gets a short cited answer.
 * Either answers at once, or paced: the answer split into {@code chunks} equal parts, one every
 * {@code chunkMillis} (WireMock's chunked dribble delay, which sleeps before each part, the first included).
 */
public final class ModelStub implements AutoCloseable {

    /** The answer to an ask, cut into tokens of about six characters. */
    static final String ANSWER = "TheyDo ties journeys to outcomes through metrics such as NPS, CSAT and CES, and through "
            + "goals such as retention or time to resolution [1]. Reliable metric ingestion keeps those cards trustworthy [2].";

    private final WireMockServer server;

    private ModelStub(WireMockServer server) {
        this.server = server;
    }

    /**
     * @param chunks      how many paced parts the ask's answer arrives in; 0 for all at once
     * @param chunkMillis the pause before each part
     * @param threads     WireMock's request threads: a paced answer holds one for its whole length
     */
    public static ModelStub start(int chunks, int chunkMillis, int threads) {
        return start(chunks, chunkMillis, threads, 0);
    }

    /** @param port the port to listen on, for a server started by hand and pointed at it; 0 for any free port */
    public static ModelStub start(int chunks, int chunkMillis, int threads, int port) {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").port(port)
                .containerThreads(threads).jettyAcceptors(2).disableRequestJournal());
        server.start();
        String critique = OpenAiWire.stream(Drafts.pieces(Drafts.resource("/llm/critique-paypal.json"), 4));
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1)
                .withRequestBody(containing("Critique this draft"))
                .willReturn(sse(critique)));
        ResponseDefinitionBuilder answer;
        if (chunks > 0) {
            answer = sse(pacedAnswer(chunks)).withChunkedDribbleDelay(chunks, chunks * chunkMillis);
        } else {
            answer = sse(OpenAiWire.stream(Drafts.pieces(ANSWER, 6)));
        }
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(2).willReturn(answer));
        return new ModelStub(server);
    }

    private static ResponseDefinitionBuilder sse(String body) {
        return aResponse().withHeader("Content-Type", "text/event-stream").withBody(body);
    }

    /** The environment that points {@code serve} at this model. */
    public Map<String, String> serverEnv() {
        return Map.of("REHEARSE_LLM", "openai", "OPENAI_BASE_URL", "http://127.0.0.1:" + server.port() + "/v1",
                "OPENAI_API_KEY", "load-test-key", "OPENAI_MODEL", "gpt-load-test", "REHEARSE_LLM_RETRIES", "0");
    }

    /**
     * The answer as {@code chunks} groups of the same byte length, one token each (the role event rides with the
     * first, the finish event and {@code [DONE]} with the last), so WireMock's equal split cuts between events and
     * every paced part carries exactly one token.
     */
    static String pacedAnswer(int chunks) {
        List<String> tokens = Drafts.pieces(ANSWER, (ANSWER.length() + chunks - 1) / chunks);
        while (tokens.size() < chunks) {
            tokens.add(" ");
        }
        String whole = OpenAiWire.stream(tokens);
        // events: role, one per token, finish, [DONE]
        String[] events = whole.split("(?<=\n\n)");
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < chunks; i++) {
            StringBuilder group = new StringBuilder();
            if (i == 0) {
                group.append(events[0]);
            }
            group.append(events[1 + i]);
            if (i == chunks - 1) {
                for (int e = 1 + chunks; e < events.length; e++) {
                    group.append(events[e]);
                }
            }
            groups.add(group.toString());
        }
        int longest = groups.stream().mapToInt(g -> g.getBytes(StandardCharsets.UTF_8).length).max().orElse(0);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < groups.size(); i++) {
            String group = groups.get(i);
            int pad = longest - group.getBytes(StandardCharsets.UTF_8).length;
            // JSON allows spaces between tokens: pad inside the token event's object, before its last brace
            int tokenEventEnd = i == 0 ? group.indexOf("\n\n", group.indexOf("\n\n") + 2) : group.indexOf("\n\n");
            int brace = group.lastIndexOf('}', tokenEventEnd);
            body.append(group, 0, brace).append(" ".repeat(pad)).append(group.substring(brace));
        }
        return body.toString();
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.stop();
    }
}
