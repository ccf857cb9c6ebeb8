package dev.rehearse.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 client on a bare socket, for requests no well-behaved client will send: any method, any bytes in
 * the target and the header values, a body that does not match its Content-Length. Every request uses its own
 * connection ({@code Connection: close}); the body is written on another thread while the answer is read, so a
 * server that answers early (413) and closes is still heard.
 */
public final class RawHttp {

    /**
     * A bound against a server that never answers, not a measurement: the slowest hostile input (a 38 KB draft
     * with the spelling check) takes seconds alone, and went past a fixed 60 s beside other builds.
     */
    private static final int READ_TIMEOUT_MILLIS = Math.toIntExact(Patience.ofSeconds(30).toMillis());
    private static final int MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

    private RawHttp() {
    }

    /** A request as bytes on the wire; {@code target} and header values are sent exactly as given. */
    public record Request(String method, byte[] target, List<Header> headers, byte[] body) {

        public Request {
            headers = List.copyOf(headers);
        }

        public static Request of(String method, String target) {
            return new Request(method, target.getBytes(StandardCharsets.UTF_8), List.of(), null);
        }

        public Request withHeader(String name, String value) {
            return withHeader(name, value.getBytes(StandardCharsets.UTF_8));
        }

        public Request withHeader(String name, byte[] value) {
            List<Header> more = new ArrayList<>(headers);
            more.add(new Header(name, value));
            return new Request(method, target, more, body);
        }

        public Request withBody(String contentType, byte[] bytes) {
            Request r = new Request(method, target, headers, bytes);
            return contentType == null ? r : r.withHeader("Content-Type", contentType);
        }

        public String targetText() {
            return new String(target, StandardCharsets.UTF_8);
        }
    }

    public record Header(String name, byte[] value) {
    }

    /**
     * What came back. {@code status} is -1 when the server closed the connection without an answer, with
     * {@code transportError} saying what the socket reported.
     */
    public record Response(int status, Map<String, String> headers, byte[] body, String transportError,
                           boolean sendFailed) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public boolean answered() {
            return status > 0;
        }
    }

    public static Response send(int port, Request request) {
        byte[] head = head(port, request);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            boolean[] sendFailed = {false};
            Thread writer = new Thread(() -> {
                try {
                    out.write(head);
                    if (request.body() != null) {
                        // in pieces, so a server that stops reading is noticed before megabytes are queued
                        for (int i = 0; i < request.body().length; i += 64 * 1024) {
                            out.write(request.body(), i, Math.min(64 * 1024, request.body().length - i));
                        }
                    }
                    out.flush();
                } catch (IOException e) {
                    sendFailed[0] = true; // the server closed first; its answer may still be readable
                }
            }, "raw-http-writer");
            writer.setDaemon(true);
            writer.start();
            byte[] raw;
            String error = null;
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            try {
                InputStream in = socket.getInputStream();
                byte[] buf = new byte[64 * 1024];
                int n;
                while ((n = in.read(buf)) >= 0 && received.size() < MAX_RESPONSE_BYTES) {
                    received.write(buf, 0, n);
                }
            } catch (IOException e) {
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            raw = received.toByteArray();
            writer.join(5_000);
            return parse(raw, error, sendFailed[0]);
        } catch (IOException e) {
            return new Response(-1, Map.of(), new byte[0], e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] head(int port, Request request) {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes(request.method().getBytes(StandardCharsets.ISO_8859_1));
        head.write(' ');
        head.writeBytes(request.target());
        head.writeBytes(" HTTP/1.1\r\n".getBytes(StandardCharsets.ISO_8859_1));
        boolean hasHost = request.headers().stream().anyMatch(h -> h.name().equalsIgnoreCase("Host"));
        if (!hasHost) {
            line(head, "Host", ("127.0.0.1:" + port).getBytes(StandardCharsets.ISO_8859_1));
        }
        for (Header h : request.headers()) {
            line(head, h.name(), h.value());
        }
        if (request.body() != null) {
            line(head, "Content-Length", String.valueOf(request.body().length).getBytes(StandardCharsets.ISO_8859_1));
        }
        line(head, "Connection", "close".getBytes(StandardCharsets.ISO_8859_1));
        head.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return head.toByteArray();
    }

    private static void line(ByteArrayOutputStream out, String name, byte[] value) {
        out.writeBytes(name.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(": ".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(value);
        out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    static Response parse(byte[] raw, String transportError, boolean sendFailed) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (end < 0) {
            String why = transportError != null ? transportError
                    : raw.length == 0 ? "the connection closed without an answer" : "an incomplete answer of " + raw.length + " bytes: "
                    + new String(raw, 0, Math.min(raw.length, 120), StandardCharsets.ISO_8859_1).replace("\r", "\\r").replace("\n", "\\n");
            return new Response(-1, Map.of(), raw, why, sendFailed);
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        int status = statusLine.length > 1 && statusLine[1].matches("\\d{3}") ? Integer.parseInt(statusLine[1]) : -1;
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip(),
                        (a, b) -> a + ", " + b);
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Response(status, headers, body, transportError, sendFailed);
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int eol = indexOf(body, "\r\n".getBytes(StandardCharsets.ISO_8859_1), at);
            if (eol < 0) {
                break;
            }
            String size = new String(body, at, eol - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int n;
            try {
                n = Integer.parseInt(size, 16);
            } catch (NumberFormatException e) {
                break;
            }
            if (n == 0) {
                break;
            }
            int start = eol + 2;
            out.write(body, start, Math.min(n, body.length - start));
            at = start + n + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] what, int from) {
        outer:
        for (int i = from; i <= data.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Percent-encodes every byte outside the unreserved set, so any bytes can travel in a path or a query. */
    public static String percentEncode(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }
}
