package dev.sci4j.benchmarks.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A minimal HTTP/1.1 client over one kept-alive loopback connection: sends a fixed GET and reads the response
 * (headers to the blank line, then {@code Content-Length} bytes) into a reused buffer, so the client allocates
 * nothing per request and the benchmark's bytes per request are the server's. Not thread-safe: one per thread.
 */
final class LoopbackClient implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final byte[] request;
    private final byte[] buffer = new byte[8192];

    LoopbackClient(int port, String path) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        in = socket.getInputStream();
        request = ("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Sends one request and reads its whole response; returns the status code. */
    int get() throws IOException {
        out.write(request);
        out.flush();
        int filled = 0;
        int headerEnd;
        while ((headerEnd = headerEnd(filled)) < 0) {
            filled = fill(filled);
        }
        int status = digits(9, 12);
        int remaining = contentLength(headerEnd) - (filled - headerEnd);
        while (remaining > 0) {
            int n = in.read(buffer, 0, Math.min(buffer.length, remaining));
            if (n < 0) {
                throw new IOException("connection closed in the body");
            }
            remaining -= n;
        }
        return status;
    }

    private int fill(int filled) throws IOException {
        int n = in.read(buffer, filled, buffer.length - filled);
        if (n < 0) {
            throw new IOException("connection closed in the headers");
        }
        return filled + n;
    }

    /** Index just after {@code \r\n\r\n}, or -1. */
    private int headerEnd(int filled) {
        for (int i = 3; i < filled; i++) {
            if (buffer[i] == '\n' && buffer[i - 1] == '\r' && buffer[i - 2] == '\n' && buffer[i - 3] == '\r') {
                return i + 1;
            }
        }
        return -1;
    }

    private int contentLength(int headerEnd) throws IOException {
        byte[] name = CONTENT_LENGTH;
        outer:
        for (int i = 0; i + name.length < headerEnd; i++) {
            for (int j = 0; j < name.length; j++) {
                if (Character.toLowerCase(buffer[i + j]) != name[j]) {
                    continue outer;
                }
            }
            int start = i + name.length;
            while (buffer[start] == ' ') {
                start++;
            }
            int end = start;
            while (buffer[end] >= '0' && buffer[end] <= '9') {
                end++;
            }
            return digits(start, end);
        }
        throw new IOException("no Content-Length in the response");
    }

    private int digits(int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (buffer[i] - '0');
        }
        return v;
    }

    private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
