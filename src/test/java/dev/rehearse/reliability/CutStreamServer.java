package dev.rehearse.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A model server that dies in the middle of its answer: it sends the response headers and the first events of a
 * real OpenAI stream as HTTP chunks, then resets the connection (no closing chunk, no {@code [DONE]}), as a model
 * server does when it crashes or the network drops. WireMock can only fail before the body or with garbage, so
 * this is a bare socket.
 */
final class CutStreamServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<String> events;
    private final AtomicInteger requests = new AtomicInteger();
    private final Thread acceptor;

    /** @param events the SSE events sent before the cut, each {@code data: …} without the blank line */
    CutStreamServer(List<String> events) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.events = List.copyOf(events);
        this.acceptor = new Thread(this::acceptLoop, "cut-stream-server");
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
    }

    int requests() {
        return requests.get();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                requests.incrementAndGet();
                serve(client);
            } catch (IOException e) {
                // closed, or the client went first: either way, on to the next one
            }
        }
    }

    private void serve(Socket client) throws IOException {
        InputStream in = client.getInputStream();
        readRequest(in);
        OutputStream out = client.getOutputStream();
        out.write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        for (String event : events) {
            byte[] bytes = (event + "\n\n").getBytes(StandardCharsets.UTF_8);
            out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
        // time for the client to read what was sent (a reset drops what it has not read yet), then a reset rather
        // than an orderly close: the client sees the connection break mid-body
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        client.setSoLinger(true, 0);
    }

    private static void readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            byte[] h = head.toByteArray();
            int n = h.length;
            if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                break;
            }
        }
        int length = 0;
        for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).strip());
            }
        }
        in.readNBytes(length);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
