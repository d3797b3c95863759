package nl.aanjager.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Limits are counted per client address. The test profile trusts 127.0.0.1 as a proxy (as
 * production trusts its nginx): X-Forwarded-For counts from there, and from nowhere else. The
 * other connection comes from 127.0.0.2, another loopback address of this machine.
 */
@QuarkusTest
class ClientAddressTest {
    @TestHTTPResource("/")
    URL api;

    @Inject
    EntityManager entityManager;

    @Test
    void aTrustedProxysForwardedAddressIsTheClient() throws IOException {
        long event = openEvent();
        String status = postFrom("127.0.0.1", event, "203.0.113.17");
        assertTrue(status.contains(" 202 "), status);
        assertEquals(List.of("public-registration:203.0.113.17"), buckets("203.0.113.17"));
    }

    @Test
    void anyoneElsesForwardedHeaderIsIgnored() throws IOException {
        long event = openEvent();
        String status = postFrom("127.0.0.2", event, "203.0.113.99");
        assertTrue(status.contains(" 202 "), status);
        assertEquals(List.of(), buckets("203.0.113.99"), "a header from an untrusted peer chose the bucket");
        assertEquals(List.of("public-registration:127.0.0.2"), buckets("127.0.0.2"));
    }

    /** A published event that started an hour ago, made by staff. */
    private static long openEvent() {
        long programme = Api.as("staff").queryParam("q", "MKB010>>Next 2.0").get("/api/programmes").then()
                .extract().jsonPath().getLong("items[0].id");
        OffsetDateTime start = OffsetDateTime.now().minusHours(1);
        long id = Api.as("staff").body(Map.of("programmeId", programme, "title", Api.unique("Proxyproef"),
                "type", "WEBINAR", "startsAt", start.toString(), "endsAt", start.plusHours(3).toString()))
                .post("/api/events").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as("staff").post("/api/events/" + id + "/publication").then().statusCode(200);
        return id;
    }

    @SuppressWarnings("unchecked")
    private List<String> buckets(String address) {
        return entityManager.createNativeQuery("select bucket from rate_limit_window where bucket like ?1")
                .setParameter(1, "%:" + address).getResultList();
    }

    /** A public registration over a plain socket bound to the given local address; returns the status line. */
    private String postFrom(String localAddress, long event, String forwardedFor) throws IOException {
        String body = "{\"companyName\":\"Proxy Proef B.V.\",\"name\":\"Pim Proxy\",\"email\":\"pim."
                + System.nanoTime() + "@proxy.example\",\"consent\":true}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", api.getPort()), 5000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/public/events/" + event + "/registrations HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nX-Forwarded-For: " + forwardedFor + "\r\n"
                    + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return response.lines().findFirst().orElse("");
        }
    }
}
