package dev.rehearse.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.rehearse.llm.support.Drafts;
import dev.rehearse.llm.support.OpenAiWire;
import java.util.List;

/**
 * WireMock as an OpenAI-compatible model that answers every one of Rehearse's tasks the way a good model would, in
 * the real wire format: the answer and the critique streamed, the follow-ups and the tie as one completion. Each
 * task is told apart by the first words of its system prompt.
 */
final class ModelStubs {

    static final String CHAT = "/v1/chat/completions";
    static final String ANSWER = "TheyDo ties customer journeys to business outcomes such as retention [1].";

    private ModelStubs() {
    }

    static void answerEveryTask(WireMockServer model) {
        model.stubFor(post(urlEqualTo(CHAT)).withRequestBody(containing("Your task: answer the candidate"))
                .willReturn(sse(OpenAiWire.stream(Drafts.pieces(ANSWER, 12)))));
        model.stubFor(post(urlEqualTo(CHAT)).withRequestBody(containing("Your task: critique the candidate"))
                .willReturn(sse(OpenAiWire.stream(Drafts.pieces(Drafts.resource("/llm/critique-paypal.json"), 40)))));
        model.stubFor(post(urlEqualTo(CHAT)).withRequestBody(containing("Your task: predict the follow-up questions"))
                .willReturn(json(OpenAiWire.completion(Drafts.resource("/llm/followups.json")))));
        model.stubFor(post(urlEqualTo(CHAT)).withRequestBody(containing("Your task: show how the candidate"))
                .willReturn(json(OpenAiWire.completion(Drafts.resource("/llm/tie.json")))));
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder sse(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(body);
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    static List<String> tasks() {
        return List.of("ask", "critique", "followups", "tie");
    }
}
