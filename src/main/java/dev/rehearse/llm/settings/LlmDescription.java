package dev.rehearse.llm.settings;

/**
 * What may be shown about the configured model: in start-up logs and {@code GET /api/config}. It has
 * no field for the key, so no code path can leak it through this record.
 *
 * @param provider the provider's wire name (openai, anthropic, none)
 * @param model    the model name, or null when no model is configured
 * @param baseUrl  the server the requests go to, or null when no model is configured
 * @param keySet   whether an API key is configured
 */
public record LlmDescription(String provider, String model, String baseUrl, boolean keySet) {

    /** One line for the start-up log. */
    public String summary() {
        if (model == null) {
            return "LLM: none (offline coach only; set REHEARSE_LLM=openai or anthropic to add a model)";
        }
        return "LLM: " + provider + ", model " + model + " at " + baseUrl + (keySet ? ", API key set" : ", no API key");
    }
}
