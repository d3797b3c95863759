package nl.aanjager.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import nl.aanjager.common.KeycloakTokens;

/**
 * Sends a fuzz case exactly as built — its own URL encoding, the raw body bytes, headers as given —
 * with the JDK's HTTP client rather than REST Assured: it adds nothing to a request (no charset, no
 * re-encoded body), and at a few milliseconds a request the pass fits its time budget.
 */
final class Sender {
    static final String ANONYMOUS = "anonymous";
    /** Bodies above the JSON limit (aanjager.api.max-body-size, 1M) go out by {@link #oversized}. */
    private static final int OVERSIZE = 1024 * 1024;

    /** What came back; the body as bytes, since a refusal's body is parsed, a success's only typed. */
    record Answer(int status, String contentType, byte[] body) {
        String text() {
            return new String(body, UTF_8);
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Sender() {
    }

    static Answer send(Contract.Operation op, FuzzCase fuzzCase, String caller) {
        String url = url(op.path(), fuzzCase.path(), fuzzCase.query());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + url)).timeout(Duration.ofSeconds(60));
        if (!caller.equals(ANONYMOUS)) {
            request.header("Authorization", "Bearer " + KeycloakTokens.forUser(caller));
        }
        if (op.isPublic()) {
            // a trusted proxy's forwarded address per call: the per-address registration limit never mixes in
            request.header("X-Forwarded-For", FuzzWorld.nextClientAddress());
        }
        for (Map.Entry<String, List<String>> header : fuzzCase.headers().entrySet()) {
            for (String value : header.getValue()) {
                request.header(header.getKey(), value.equals(FuzzCase.CURRENT_ETAG) ? currentETag(url) : value);
            }
        }
        byte[] body = fuzzCase.body();
        String contentType = fuzzCase.contentType();
        if (fuzzCase.parts() != null) {
            String boundary = "fuzz" + UUID.randomUUID().toString().replace("-", "");
            contentType = "multipart/form-data; boundary=" + boundary;
            body = multipart(boundary, fuzzCase.parts());
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (body != null && body.length > OVERSIZE) {
            return oversized(op.method(), url, request.build().headers().map(), body);
        }
        request.method(op.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        return exchange(request.build());
    }

    /** The record's current ETag, read as admin; "0" (a new record's version) when it cannot be read. */
    private static String currentETag(String url) {
        HttpRequest read = HttpRequest.newBuilder(URI.create(base() + url.replaceFirst("\\?.*", "")))
                .header("Authorization", "Bearer " + KeycloakTokens.forUser("admin")).GET().build();
        try {
            HttpResponse<Void> response = CLIENT.send(read, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200 ? response.headers().firstValue("ETag").orElse("\"0\"") : "\"0\"";
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A body over the server's limit, sent by hand: the headers declare its full length, then only its
     * first part follows. The server refuses on the declared length and closes the connection; a client
     * still writing the rest would often see that close as a reset and lose the answer.
     */
    private static Answer oversized(String method, String url, Map<String, List<String>> headers, byte[] body) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(3_000);
            StringBuilder head = new StringBuilder(method + " " + url + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n");
            headers.forEach((name, values) -> values.forEach(v -> head.append(name).append(": ").append(v)
                    .append("\r\n")));
            head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(UTF_8));
            out.write(body, 0, 64 * 1024);
            out.flush();
            byte[] answer;
            try {
                answer = socket.getInputStream().readAllBytes();
            } catch (java.net.SocketTimeoutException notRefused) {
                // no early refusal: send the rest, so the answer to the whole body can be judged
                socket.setSoTimeout(30_000);
                out.write(body, 64 * 1024, body.length - 64 * 1024);
                out.flush();
                answer = socket.getInputStream().readAllBytes();
            }
            String response = new String(answer, UTF_8);
            int split = response.indexOf("\r\n\r\n");
            String[] lines = response.substring(0, Math.max(split, 0)).split("\r\n");
            String contentType = java.util.Arrays.stream(lines).filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring("content-type:".length()).trim()).findFirst().orElse("");
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), contentType,
                    response.substring(split + 4).getBytes(UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("no answer to " + method + " " + url + " with a body of " + body.length
                    + " bytes", e);
        }
    }

    private static Answer exchange(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            // the server may close the connection after refusing a body it will not read (413)
            throw new IllegalStateException("no answer to " + request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] multipart(String boundary, Map<String, String> parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> part : parts.entrySet()) {
            String disposition = part.getKey().equals("file")
                    ? "form-data; name=\"file\"; filename=\"fuzz.csv\"\r\nContent-Type: text/csv"
                    : "form-data; name=\"" + part.getKey() + "\"";
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\n\r\n").getBytes(UTF_8));
            body.writeBytes(part.getValue().getBytes(UTF_8));
            body.writeBytes("\r\n".getBytes(UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(UTF_8));
        return body.toByteArray();
    }

    private static String base() {
        return "http://localhost:" + RestAssured.port;
    }

    static String url(String template, Map<String, String> path, Map<String, String> query) {
        String url = template;
        for (Map.Entry<String, String> param : path.entrySet()) {
            url = url.replace("{" + param.getKey() + "}", encode(param.getValue()));
        }
        if (query.isEmpty()) {
            return url;
        }
        StringJoiner joined = new StringJoiner("&", "?", "");
        query.forEach((name, value) -> joined.add(encode(name) + "=" + encode(value)));
        return url + joined;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, UTF_8).replace("+", "%20");
    }
}
