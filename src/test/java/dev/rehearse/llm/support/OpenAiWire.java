package dev.rehearse.llm.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Bodies in OpenAI's chat-completions wire format: a plain {@code chat.completion} object and a
 * stream of {@code chat.completion.chunk} events ending with {@code data: [DONE]}.
 */
public final class OpenAiWire {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenAiWire() {
    }

    public static String completion(String content) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-test-1");
        root.put("object", "chat.completion");
        root.put("created", 1764288000);
        root.put("model", "gpt-4.1-mini-2025-04-14");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", content);
        message.putNull("refusal");
        choice.putNull("logprobs");
        choice.put("finish_reason", "stop");
        ObjectNode usage = root.putObject("usage");
        usage.put("prompt_tokens", 812);
        usage.put("completion_tokens", 64);
        usage.put("total_tokens", 876);
        root.put("system_fingerprint", "fp_test");
        return root.toString();
    }

    /** The stream for {@code pieces}: a role chunk, one chunk per piece, a finish chunk, [DONE]. */
    public static String stream(List<String> pieces) {
        return stream(pieces, "stop", true);
    }

    /**
     * @param finishReason the finish reason of the last chunk, or null to leave it out
     * @param done         whether the stream ends with {@code data: [DONE]}
     */
    public static String stream(List<String> pieces, String finishReason, boolean done) {
        StringBuilder sb = new StringBuilder();
        sb.append(event(chunk(delta(true, "")), null));
        for (String piece : pieces) {
            sb.append(event(chunk(delta(false, piece)), null));
        }
        if (finishReason != null) {
            ObjectNode last = chunk(JSON.createObjectNode());
            ((ObjectNode) last.get("choices").get(0)).put("finish_reason", finishReason);
            sb.append(event(last, null));
        }
        if (done) {
            sb.append("data: [DONE]\n\n");
        }
        return sb.toString();
    }

    private static ObjectNode delta(boolean role, String content) {
        ObjectNode delta = JSON.createObjectNode();
        if (role) {
            delta.put("role", "assistant");
        }
        delta.put("content", content);
        return delta;
    }

    private static ObjectNode chunk(ObjectNode delta) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-test-2");
        root.put("object", "chat.completion.chunk");
        root.put("created", 1764288000);
        root.put("model", "gpt-4.1-mini-2025-04-14");
        root.put("system_fingerprint", "fp_test");
        ArrayNode choices = root.putArray("choices");
        ObjectNode choice = choices.addObject();
        choice.put("index", 0);
        choice.set("delta", delta);
        choice.putNull("logprobs");
        choice.putNull("finish_reason");
        return root;
    }

    static String event(ObjectNode data, String name) {
        return (name == null ? "" : "event: " + name + "\n") + "data: " + data + "\n\n";
    }

    /** An OpenAI error body. */
    public static String error(String message, String type, String code) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("message", message);
        error.put("type", type);
        error.putNull("param");
        error.put("code", code);
        return root.toString();
    }
}
