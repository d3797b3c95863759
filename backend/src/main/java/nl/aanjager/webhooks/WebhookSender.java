package nl.aanjager.webhooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import nl.aanjager.webhooks.DeliveryQueue.Due;
import nl.aanjager.webhooks.DeliveryQueue.Outcome;

/**
 * Makes one attempt of a delivery: the Standard Webhooks request (headers {@code webhook-id},
 * {@code webhook-timestamp}, {@code webhook-signature}; body {@code {"type","timestamp","data"}}),
 * with connect and read timeouts and without following redirects (a redirect could lead inside).
 */
@ApplicationScoped
class WebhookSender {
    @Inject
    WebhookConfig config;

    @Inject
    UrlGuard guard;

    @Inject
    WebhookClock clock;

    @Inject
    ObjectMapper json;

    private HttpClient http;

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout())
                .build();
    }

    /** The message id a receiver de-duplicates on: the same for every attempt and re-send of the event. */
    static String messageId(long eventId) {
        return "msg_" + eventId;
    }

    Outcome attempt(Due due, List<String> secrets) {
        long started = System.nanoTime();
        var at = clock.now();
        Optional<String> refusal = guard.refusal(due.url());
        if (refusal.isPresent()) {
            return new Outcome(at, null, 0, null, "The URL was not called: it " + refusal.get());
        }
        if (secrets.isEmpty()) {
            return new Outcome(at, null, 0, null, "The subscription has no signing secret; rotate it to get one");
        }
        try {
            String body = body(due);
            String id = messageId(due.eventId());
            long timestamp = at.getEpochSecond();
            String signature = String.join(" ", secrets.stream()
                    .map(secret -> WebhookSignatures.sign(secret, id, timestamp, body)).toList());
            HttpRequest request = HttpRequest.newBuilder(URI.create(due.url()))
                    .timeout(config.readTimeout())
                    .header("content-type", "application/json")
                    .header("user-agent", "Aanjager-Webhooks/1.0")
                    .header("webhook-id", id)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String excerpt;
            try (InputStream answer = response.body()) {
                excerpt = new String(answer.readNBytes(config.responseExcerptBytes()), StandardCharsets.UTF_8);
            }
            return new Outcome(at, response.statusCode(), elapsedMs(started), excerpt.isEmpty() ? null : excerpt,
                    null);
        } catch (HttpTimeoutException e) {
            return new Outcome(at, null, elapsedMs(started), null, "No answer within the timeout (" + e.getMessage() + ")");
        } catch (IOException e) {
            return new Outcome(at, null, elapsedMs(started), null,
                    "Could not reach the endpoint: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(at, null, elapsedMs(started), null, "Interrupted: the backend is stopping");
        } catch (IllegalArgumentException e) {
            return new Outcome(at, null, elapsedMs(started), null, "The URL cannot be called: " + e.getMessage());
        }
    }

    /** {"type", "timestamp", "data"}: the event as it was written to the outbox. */
    String body(Due due) throws IOException {
        ObjectNode body = json.createObjectNode();
        body.put("type", due.type());
        body.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(due.occurredAt().withOffsetSameInstant(ZoneOffset.UTC)));
        body.set("data", json.readTree(due.data()));
        return json.writeValueAsString(body);
    }

    private static long elapsedMs(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
