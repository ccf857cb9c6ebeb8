package dev.rehearse.llm.call;

import static dev.langchain4j.model.chat.Capability.RESPONSE_FORMAT_JSON_SCHEMA;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.service.output.JsonSchemas;
import dev.rehearse.llm.reply.LlmCritique;
import dev.rehearse.llm.settings.LlmSettings;
import dev.rehearse.llm.transport.UpstreamTransport;

/**
 * The LangChain4j models for the configured provider, all on our transport (HTTP/1.1, our retries,
 * cancellable) and all with LangChain4j's own retries switched off so {@code REHEARSE_LLM_RETRIES}
 * means the same for plain and streamed calls.
 *
 * @param chat               plain calls: follow-ups and company ties, with structured output
 * @param streaming          streamed calls: the critique and free questions
 * @param critiqueParameters per-call parameters for the streamed critique: the JSON schema where the
 *                           provider enforces one (OpenAI), nothing otherwise (the prompt describes the JSON)
 */
public record ChatModels(ChatModel chat, StreamingChatModel streaming, ChatRequestParameters critiqueParameters) {

    public static ChatModels create(LlmSettings s, UpstreamTransport transport) {
        return switch (s.provider()) {
            case OPENAI -> openAi(s, transport);
            case ANTHROPIC -> anthropic(s, transport);
            case NONE -> throw new IllegalArgumentException("no model is configured (" + LlmSettings.PROVIDER + "=none)");
        };
    }

    private static ChatModels openAi(LlmSettings s, UpstreamTransport transport) {
        OpenAiChatModel chat = OpenAiChatModel.builder()
                .httpClientBuilder(transport.httpClientBuilder())
                .baseUrl(s.baseUrl())
                .apiKey(s.apiKey())
                .modelName(s.model())
                .temperature(s.temperature())
                .maxTokens(s.maxTokens())
                .timeout(s.timeout())
                .maxRetries(0)
                .supportedCapabilities(RESPONSE_FORMAT_JSON_SCHEMA)
                .strictJsonSchema(true)
                .build();
        OpenAiStreamingChatModel streaming = OpenAiStreamingChatModel.builder()
                .httpClientBuilder(transport.httpClientBuilder())
                .baseUrl(s.baseUrl())
                .apiKey(s.apiKey())
                .modelName(s.model())
                .temperature(s.temperature())
                .maxTokens(s.maxTokens())
                .timeout(s.timeout())
                .strictJsonSchema(true)
                .build();
        JsonSchema critique = JsonSchemas.jsonSchemaFrom(LlmCritique.class)
                .orElseThrow(() -> new IllegalStateException("no JSON schema for " + LlmCritique.class));
        ChatRequestParameters critiqueParameters = ChatRequestParameters.builder()
                .responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(critique).build())
                .build();
        return new ChatModels(chat, streaming, critiqueParameters);
    }

    private static ChatModels anthropic(LlmSettings s, UpstreamTransport transport) {
        AnthropicChatModel chat = AnthropicChatModel.builder()
                .httpClientBuilder(transport.httpClientBuilder())
                .baseUrl(s.baseUrl())
                .apiKey(s.apiKey())
                .modelName(s.model())
                .temperature(s.temperature())
                .maxTokens(s.maxTokens())
                .timeout(s.timeout())
                .maxRetries(0)
                .build();
        AnthropicStreamingChatModel streaming = AnthropicStreamingChatModel.builder()
                .httpClientBuilder(transport.httpClientBuilder())
                .baseUrl(s.baseUrl())
                .apiKey(s.apiKey())
                .modelName(s.model())
                .temperature(s.temperature())
                .maxTokens(s.maxTokens())
                .timeout(s.timeout())
                .build();
        return new ChatModels(chat, streaming, ChatRequestParameters.builder().build());
    }
}
