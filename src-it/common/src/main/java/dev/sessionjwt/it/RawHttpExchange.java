package dev.sessionjwt.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * One HTTP/1.1 request written byte for byte to a socket on 127.0.0.1 and whatever the server answers before it closes
 * the connection, so that requests no HTTP client would send (control characters, invalid UTF-8, huge headers) reach the
 * server as they are.
 *
 * <pre>
 * RawHttpExchange answer = RawHttpExchange.send(8080, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(...));
 * </pre>
 */
public record RawHttpExchange(String response) {

    /** How long to wait for more bytes of the answer before taking what came as all of it. */
    private static final int READ_TIMEOUT_MILLIS = 10_000;
    /** Enough of any error page; a server that sends more is read no further. */
    private static final int MAX_RESPONSE_BYTES = 1 << 20;

    /**
     * Writes {@code request} to {@code 127.0.0.1:port} and reads the answer until the server closes the connection.
     * A server may stop reading a huge request and answer (or close) at once: a failed write is then not an error,
     * the answer is read all the same.
     *
     * @param request the request's bytes, as they go on the wire; it should say {@code Connection: close}
     */
    public static RawHttpExchange send(int port, byte[] request) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            try {
                OutputStream out = socket.getOutputStream();
                out.write(request);
                out.flush();
            } catch (IOException refusedMidway) {
                // the server answered or closed before reading it all: read what it sent
            }
            return new RawHttpExchange(read(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(InputStream in) {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0 && answer.size() < MAX_RESPONSE_BYTES; n = in.read(buffer)) {
                answer.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException | java.net.SocketException endOfAnswer) {
            // a server that keeps the connection open (timeout) or resets it after its answer: what came is the answer
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return answer.toString(StandardCharsets.ISO_8859_1);
    }

    /** Whether the server closed the connection without a byte of answer. */
    public boolean closedWithoutAnswer() {
        return response.isEmpty();
    }

    /** The status code of the answer's status line, or -1 when there is no answer or it is not HTTP. */
    public int status() {
        String[] statusLine = head().split("\r\n", 2)[0].split(" ");
        return statusLine.length > 1 && statusLine[0].startsWith("HTTP/") && statusLine[1].matches("\\d{3}")
                ? Integer.parseInt(statusLine[1]) : -1;
    }

    /** The status line and headers, without the blank line. */
    public String head() {
        int end = response.indexOf("\r\n\r\n");
        return end < 0 ? response : response.substring(0, end);
    }

    /** Everything after the headers (chunk sizes included, if the server chunked it). */
    public String body() {
        int end = response.indexOf("\r\n\r\n");
        return end < 0 ? "" : response.substring(end + 4);
    }

    /** The first value of the header {@code name} (case-insensitive), if the answer has it. */
    public Optional<String> header(String name) {
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        return head().lines().skip(1).filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                .map(line -> line.substring(prefix.length()).trim()).findFirst();
    }

    /** One line for a log: the status (or that the connection closed without one), the server headers, the body size. */
    public String summary() {
        if (closedWithoutAnswer()) {
            return "connection closed without an answer";
        }
        return head().split("\r\n", 2)[0] + ", Server: " + header("Server").orElse("-") + ", X-Powered-By: "
                + header("X-Powered-By").orElse("-") + ", body of " + body().length() + " chars";
    }
}
