package dev.rehearse.llm.json;

import java.util.function.Consumer;

/**
 * Passes on, piece by piece, the text of one top-level string field of a JSON object that is still
 * being written. The critique arrives as JSON token by token; this lets its summary reach the user as
 * it is written instead of when the whole object is done. Escapes are decoded; text before the first
 * brace (a code fence, a preamble) is skipped.
 */
public final class JsonFieldStreamer {

    private final String field;
    private final Consumer<String> sink;

    private int depth;
    private boolean inString;
    private boolean escape;
    private StringBuilder unicode;
    private boolean stringIsKey;
    private final StringBuilder key = new StringBuilder();
    private String lastKey;
    private boolean capturing;
    private boolean done;
    private boolean expectingValue;
    private final StringBuilder out = new StringBuilder();

    public JsonFieldStreamer(String field, Consumer<String> sink) {
        this.field = field;
        this.sink = sink;
    }

    /** Feeds the next piece of the JSON text. */
    public void accept(String chunk) {
        if (done || chunk == null) {
            return;
        }
        for (int i = 0; i < chunk.length() && !done; i++) {
            step(chunk.charAt(i));
        }
        flush();
    }

    /** Whether the field's text has been seen in full. */
    public boolean finished() {
        return done;
    }

    private void step(char c) {
        if (inString) {
            inString(c);
            return;
        }
        switch (c) {
            case '{', '[' -> {
                depth++;
                expectingValue = false;
            }
            case '}', ']' -> depth--;
            case ':' -> expectingValue = depth == 1;
            case ',' -> expectingValue = false;
            case '"' -> {
                inString = true;
                stringIsKey = depth == 1 && !expectingValue;
                capturing = depth == 1 && expectingValue && field.equals(lastKey);
                if (stringIsKey) {
                    key.setLength(0);
                }
                expectingValue = false;
            }
            default -> { }
        }
    }

    private void inString(char c) {
        if (unicode != null) {
            unicode.append(c);
            if (unicode.length() == 4) {
                try {
                    emit((char) Integer.parseInt(unicode.toString(), 16));
                } catch (NumberFormatException e) {
                    // a broken escape is dropped; the final parse reports the JSON as malformed
                }
                unicode = null;
            }
            return;
        }
        if (escape) {
            escape = false;
            switch (c) {
                case 'n' -> emit('\n');
                case 't' -> emit('\t');
                case 'r' -> emit('\r');
                case 'b', 'f' -> { }
                case 'u' -> unicode = new StringBuilder(4);
                default -> emit(c);
            }
            return;
        }
        if (c == '\\') {
            escape = true;
        } else if (c == '"') {
            inString = false;
            if (stringIsKey) {
                lastKey = key.toString();
            } else if (capturing) {
                capturing = false;
                done = true;
            }
        } else {
            emit(c);
        }
    }

    private void emit(char c) {
        if (stringIsKey) {
            key.append(c);
        } else if (capturing) {
            out.append(c);
        }
    }

    private void flush() {
        if (out.length() > 0) {
            String piece = out.toString();
            out.setLength(0);
            sink.accept(piece);
        }
    }
}
