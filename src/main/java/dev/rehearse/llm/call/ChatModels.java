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

    /**
     * The model, temperature and output cap every call of every provider starts from, as one value: each builder
     * reads them from here where its own setter was left unset, so the four builders cannot drift apart on them.
     * (The four builder types share no supertype, so the transport, address, key and timeout are still set on each.)
     */
    private static ChatRequestParameters defaults(LlmSettings s) {
        return ChatRequestParameters.builder()
                .modelName(s.model())
                .temperature(s.temperature())
                .maxOutputTokens(s.maxTokens())
                .build();
    }

    private static ChatModels openAi(LlmSettings s, UpstreamTransport transport) {
        ChatRequestParameters defaults = defaults(s);
        OpenAiChatModel chat = OpenAiChatModel.builder()
                .httpClientBuilder(transport.httpClientBuilder())
                .baseUrl(s.baseUrl())
                .apiKey(s.apiKey())
                .timeout(s.timeout())
                .defaultRequestParameters(defaults)
                .maxRetries(0)
                .supportedCapabilities(RESPONSE_FORMAT_JSON_SCHEMA)
                .strictJsonSchema(true)
                .build();
        OpenAiStreamingChatModel streaming = OpenAiStreamingChatModel.builder()
                .httpClientBuilder(transport.httpClientBuilder())
                .baseUrl(s.baseUrl())
                .apiKey(s.apiKey())
                .timeout(s.timeout())
                .defaultRequestParameters(defaults)
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
        ChatRequestParameters defaults = defaults(s);
        AnthropicChatModel chat = AnthropicChatModel.builder()
                .httpClientBuilder(transport.httpClientBuilder())
                .baseUrl(s.baseUrl())
                .apiKey(s.apiKey())
                .timeout(s.timeout())
                .defaultRequestParameters(defaults)
                .maxRetries(0)
                .build();
        AnthropicStreamingChatModel streaming = AnthropicStreamingChatModel.builder()
                .httpClientBuilder(transport.httpClientBuilder())
                .baseUrl(s.baseUrl())
                .apiKey(s.apiKey())
                .timeout(s.timeout())
                .defaultRequestParameters(defaults)
                .build();
        return new ChatModels(chat, streaming, ChatRequestParameters.builder().build());
    }
}
