package nl.aanjager.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A partner's endpoint on loopback (the one thing outside our system, so the one thing a test may
 * stand in for): it records every request, answers 500 for the first {@code failures} requests and
 * 200 afterwards, and can take its time answering.
 */
public final class WebhookReceiver implements AutoCloseable {
    /** One request as it arrived: headers by lower-case name, the raw body. */
    public record Received(Map<String, String> headers, String body) {
        public String id() {
            return headers.get("webhook-id");
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private volatile Duration delay = Duration.ZERO;

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            int now = inFlight.incrementAndGet();
            mostAtOnce.accumulateAndGet(now, Math::max);
            try {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Map<String, String> headers = new TreeMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
                received.add(new Received(headers, body));
                if (!delay.isZero()) {
                    Thread.sleep(delay.toMillis());
                }
                boolean fail = failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
                byte[] answer = (fail ? "{\"error\":\"not today\"}" : "{\"ok\":true}").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(fail ? 500 : 200, answer.length);
                exchange.getResponseBody().write(answer);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
                exchange.close();
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    public void failNext(int times) {
        failuresLeft.set(times);
    }

    public void answerAfter(Duration delay) {
        this.delay = delay;
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    public List<Received> received(Predicate<Received> which) {
        return received.stream().filter(which).toList();
    }

    /** Waits until the requests matching {@code which} number at least {@code count}. */
    public List<Received> await(Predicate<Received> which, int count, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (received(which).size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " matching webhook requests within " + within
                        + ", got " + received(which).size() + " of " + received.size() + ": " + received);
            }
            Thread.sleep(20);
        }
        return received(which);
    }

    public int mostAtOnce() {
        return mostAtOnce.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
