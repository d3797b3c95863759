package nl.aanjager.common.bodylimit;

import static nl.aanjager.common.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.aanjager.common.Fixtures;
import nl.aanjager.common.KeycloakTokens;
import org.junit.jupiter.api.Test;

/**
 * Request bodies above their limit (1 MB for JSON, 50 MB for import uploads) get 413 as a problem
 * response, with or without Content-Length, and the backend serves the next request as before.
 */
@QuarkusTest
class RequestBodyLimitTest {
    private static final int TWO_MB = 2 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL server;

    @Test
    void aJsonBodyOverOneMegabyteIsRefusedWith413AndNothingIsCreated() throws IOException {
        Map<String, Object> company = Fixtures.companyBody("Te Groot BV", "3072 AP");

        as("staff").body(paddedTo(TWO_MB, company)).post("/api/companies")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:aanjager:problem:content-too-large"))
                .body("status", equalTo(413))
                .body("detail", containsString("1048576 bytes"));

        as("staff").queryParam("q", company.get("kvkNumber")).get("/api/companies")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aChunkedJsonBodyOverTheLimitIsRefusedToo() throws Exception {
        Map<String, Object> company = Fixtures.companyBody("Te Groot Zonder Lengte BV", "3072 AP");

        HttpResponse<String> refused = postChunked("/api/companies", paddedTo(TWO_MB, company));

        assertEquals(413, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        assertEquals("urn:aanjager:problem:content-too-large", JSON.readTree(refused.body()).get("type").asText());
        as("staff").queryParam("q", company.get("kvkNumber")).get("/api/companies")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aChunkedJsonBodyWithinTheLimitArrivesWhole() throws Exception {
        Map<String, Object> company = Fixtures.companyBody("Net Groot Genoeg BV", "3072 AP");

        HttpResponse<String> created = postChunked("/api/companies", paddedTo(512 * 1024, company));

        assertEquals(201, created.statusCode(), created.body());
        assertEquals(company.get("kvkNumber"), JSON.readTree(created.body()).get("kvkNumber").asText());
    }

    @Test
    void theBackendServesTheNextRequestAfterA413() throws IOException {
        as("staff").body(paddedTo(TWO_MB, Fixtures.companyBody("Te Groot BV", "3072 AP"))).post("/api/companies")
                .then().statusCode(413);

        as("staff").body(Fixtures.companyBody("Gewoon BV", "3072 AP")).post("/api/companies")
                .then().statusCode(201);
    }

    @Test
    void aClientThatSendsItsWholeBodyAfterThe413IsAnsweredNotReset() throws Exception {
        // what a slow client does: the 413 is out before its body is. Closing at once left the body
        // unread, the kernel answered it with a reset, and the client lost the 413 it had received
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/companies HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + KeycloakTokens.forUser("staff") + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + TWO_MB + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // blocks until the answer's first byte is in (at most the 10 s of the socket's timeout)
            BufferedInputStream in = new BufferedInputStream(socket.getInputStream());
            in.mark(1);
            assertNotEquals(-1, in.read(), "the backend closed without answering the headers");
            in.reset();

            out.write(paddedTo(TWO_MB, Fixtures.companyBody("Te Laat Gezien BV", "3072 AP")));
            out.flush();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);

            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("urn:aanjager:problem:content-too-large"), answer);
        }
    }

    @Test
    void anUploadToImportsMayBeLargerThanAJsonBody() throws IOException {
        Response upload = as("staff").contentType("text/csv").body(new byte[TWO_MB]).post("/api/imports");

        assertNotEquals(413, upload.statusCode(), "2 MB is within the 50 MB upload limit");
    }

    @Test
    void anUploadDeclaredOverFiftyMegabytesIsRefusedBeforeItsBodyIsSent() throws IOException {
        // only the headers go out: the answer must come without the backend waiting for 60 MB
        String answer = rawExchange("POST /api/imports HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
                + "Content-Length: 60000000\r\n\r\n");

        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
        assertTrue(answer.contains("urn:aanjager:problem:content-too-large"), answer);
        assertTrue(answer.contains("52428800 bytes"), answer);
    }

    /** The JSON of the body, after enough spaces (valid JSON whitespace) to make it this many bytes. */
    private static byte[] paddedTo(int size, Map<String, Object> body) throws IOException {
        byte[] json = JSON.writeValueAsBytes(body);
        byte[] padded = new byte[size];
        java.util.Arrays.fill(padded, (byte) ' ');
        System.arraycopy(json, 0, padded, size - json.length, json.length);
        return padded;
    }

    /** A POST as staff whose body goes out chunked: a stream of unknown length, so no Content-Length. */
    private HttpResponse<String> postChunked(String path, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.toURI().resolve(path))
                .header("Authorization", "Bearer " + KeycloakTokens.forUser("staff"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the bytes on a fresh connection and reads the answer until the backend closes it. */
    private String rawExchange(String request) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(false, answer.isEmpty(), "no answer");
            return answer;
        }
    }
}
