package nl.aanjager.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A door scanning tickets at a steady rate (an open model: the next scan comes on time whether or
 * not the previous one was answered, as people in a queue do), recording every answer with when it
 * was sent and how long it took. A request not answered within {@link #GIVE_UP} counts as hanging.
 * Like the phone app, each scan carries an id of its own; a door that {@link #retrying retries}
 * sends a scan that got no answer (or a proxy's 502/504) again with the same id, a little later.
 */
final class DoorLoad {
    static final Duration GIVE_UP = Duration.ofSeconds(15);

    record Scan(String ticket, long sentAtNanos, long tookMillis, int status, String contentType, String body,
            int attempts) {
        boolean acknowledged() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8)).build();
    private final String api;
    private final Supplier<String> token;
    private final long event;
    private final int attempts;

    DoorLoad(String api, Supplier<String> token, long event) {
        this(api, token, event, 1);
    }

    private DoorLoad(String api, Supplier<String> token, long event, int attempts) {
        this.api = api;
        this.token = token;
        this.event = event;
        this.attempts = attempts;
    }

    /** The same door, sending a scan up to {@code times} times while it gets no answer. */
    DoorLoad retrying(int times) {
        return new DoorLoad(api, token, event, times);
    }

    /** Scans each ticket once, {@code perSecond} a second; returns when every scan has its answer. */
    List<Scan> scan(List<String> tickets, int perSecond) throws InterruptedException {
        List<Scan> scans = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<Void>> pending = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long every = 1_000_000_000L / perSecond;
        for (int i = 0; i < tickets.size(); i++) {
            String ticket = tickets.get(i);
            clock.schedule(() -> pending.add(send(ticket, scans)), i * every, TimeUnit.NANOSECONDS);
        }
        clock.shutdown();
        clock.awaitTermination(tickets.size() / perSecond + 60L, TimeUnit.SECONDS);
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).orTimeout(60, TimeUnit.SECONDS).join();
        return List.copyOf(scans);
    }

    private CompletableFuture<Void> send(String ticket, List<Scan> scans) {
        return send(ticket, "scan-" + Integer.toHexString(ticket.hashCode()) + "-" + System.nanoTime(), 1,
                System.nanoTime(), scans);
    }

    private CompletableFuture<Void> send(String ticket, String scanId, int attempt, long firstSent, List<Scan> scans) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + "/api/events/" + event + "/check-ins"))
                .timeout(GIVE_UP).header("Authorization", "Bearer " + token.get())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"ticket\":\"" + ticket + "\",\"device\":\"Storingstest\","
                        + "\"clientId\":\"" + scanId + "\"}"))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            int status = failure != null ? 0 : response.statusCode();
            if ((status == 0 || status == 502 || status == 504) && attempt < attempts) {
                return CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS))
                        .thenCompose(later -> send(ticket, scanId, attempt + 1, firstSent, scans));
            }
            long took = (System.nanoTime() - firstSent) / 1_000_000;
            scans.add(failure != null
                    ? new Scan(ticket, firstSent, took, 0, "", failure.getClass().getSimpleName(), attempt)
                    : new Scan(ticket, firstSent, took, status, response.headers().firstValue("Content-Type").orElse(""),
                            response.body(), attempt));
            return CompletableFuture.<Void>completedFuture(null);
        }).thenCompose(next -> next);
    }
}
