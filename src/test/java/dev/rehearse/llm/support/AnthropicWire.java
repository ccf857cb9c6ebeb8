package dev.rehearse.llm.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Bodies in Anthropic's messages wire format: a plain {@code message} object and the streaming
 * events message_start, content_block_start, ping, content_block_delta, content_block_stop,
 * message_delta and message_stop.
 */
public final class AnthropicWire {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnthropicWire() {
    }

    public static String message(String text) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "msg_01TestPlain");
        root.put("type", "message");
        root.put("role", "assistant");
        root.put("model", "claude-haiku-4-5-20251001");
        ObjectNode block = root.putArray("content").addObject();
        block.put("type", "text");
        block.put("text", text);
        root.put("stop_reason", "end_turn");
        root.putNull("stop_sequence");
        ObjectNode usage = root.putObject("usage");
        usage.put("input_tokens", 905);
        usage.put("output_tokens", 71);
        return root.toString();
    }

    public static String stream(List<String> pieces) {
        return stream(pieces, "end_turn", true);
    }

    /**
     * @param stopReason the stop reason in message_delta, or null to end the stream before message_delta
     * @param stop       whether message_stop is sent
     */
    public static String stream(List<String> pieces, String stopReason, boolean stop) {
        StringBuilder sb = new StringBuilder();
        ObjectNode start = JSON.createObjectNode();
        start.put("type", "message_start");
        ObjectNode message = start.putObject("message");
        message.put("id", "msg_01TestStream");
        message.put("type", "message");
        message.put("role", "assistant");
        message.putArray("content");
        message.put("model", "claude-haiku-4-5-20251001");
        message.putNull("stop_reason");
        message.putNull("stop_sequence");
        ObjectNode usage = message.putObject("usage");
        usage.put("input_tokens", 905);
        usage.put("output_tokens", 1);
        sb.append(OpenAiWire.event(start, "message_start"));

        ObjectNode blockStart = JSON.createObjectNode();
        blockStart.put("type", "content_block_start");
        blockStart.put("index", 0);
        ObjectNode block = blockStart.putObject("content_block");
        block.put("type", "text");
        block.put("text", "");
        sb.append(OpenAiWire.event(blockStart, "content_block_start"));

        ObjectNode ping = JSON.createObjectNode();
        ping.put("type", "ping");
        sb.append(OpenAiWire.event(ping, "ping"));

        for (String piece : pieces) {
            ObjectNode delta = JSON.createObjectNode();
            delta.put("type", "content_block_delta");
            delta.put("index", 0);
            ObjectNode d = delta.putObject("delta");
            d.put("type", "text_delta");
            d.put("text", piece);
            sb.append(OpenAiWire.event(delta, "content_block_delta"));
        }
        if (stopReason == null) {
            return sb.toString();
        }
        ObjectNode blockStop = JSON.createObjectNode();
        blockStop.put("type", "content_block_stop");
        blockStop.put("index", 0);
        sb.append(OpenAiWire.event(blockStop, "content_block_stop"));

        ObjectNode messageDelta = JSON.createObjectNode();
        messageDelta.put("type", "message_delta");
        ObjectNode md = messageDelta.putObject("delta");
        md.put("stop_reason", stopReason);
        md.putNull("stop_sequence");
        messageDelta.putObject("usage").put("output_tokens", 71);
        sb.append(OpenAiWire.event(messageDelta, "message_delta"));

        if (stop) {
            ObjectNode messageStop = JSON.createObjectNode();
            messageStop.put("type", "message_stop");
            sb.append(OpenAiWire.event(messageStop, "message_stop"));
        }
        return sb.toString();
    }

    public static String error(String type, String message) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "error");
        ObjectNode error = root.putObject("error");
        error.put("type", type);
        error.put("message", message);
        return root.toString();
    }
}
