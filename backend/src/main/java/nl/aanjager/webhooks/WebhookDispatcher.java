package nl.aanjager.webhooks;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.aanjager.webhooks.DeliveryQueue.Due;
import nl.aanjager.webhooks.DeliveryQueue.Outcome;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox, on every replica: every few seconds, and at once after a transaction
 * that wrote an event commits here. Each round fans new events out to subscriptions, claims a
 * batch of due deliveries and sends them in parallel; whatever it claims is its own until its
 * lease ends, so replicas never send the same attempt at the same time, and a replica that dies
 * mid-batch leaves its deliveries to be taken over (at-least-once: the same {@code webhook-id}).
 */
@ApplicationScoped
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    @Inject
    DeliveryQueue queue;

    @Inject
    WebhookSender sender;

    @Inject
    WebhookConfig config;

    @Inject
    MeterRegistry metrics;

    private final ExecutorService coordinator = Executors.newSingleThreadExecutor(daemon("webhook-dispatcher"));
    private ExecutorService senders;
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile boolean lookAgain;
    private volatile boolean stopping;
    private Counter delivered;
    private Counter failedAttempts;

    @PostConstruct
    void init() {
        senders = Executors.newFixedThreadPool(config.concurrency(), daemon("webhook-sender"));
        delivered = metrics.counter("aanjager.webhooks.attempts", "outcome", "delivered");
        failedAttempts = metrics.counter("aanjager.webhooks.attempts", "outcome", "failed");
    }

    @Scheduled(every = "${aanjager.webhooks.poll-every:2s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wakeUp();
    }

    /** Starts a round unless this replica is in one; then that round looks once more before it stops. */
    public void wakeUp() {
        lookAgain = true;
        if (!stopping && busy.compareAndSet(false, true)) {
            coordinator.submit(this::drain);
        }
    }

    private void drain() {
        try {
            while (lookAgain && !stopping) {
                lookAgain = false;
                while (!stopping && deliverDue() > 0) {
                    // more may be waiting: keep going until a round finds nothing
                }
            }
        } catch (RuntimeException e) {
            if (!stopping) {
                LOG.error("Delivering webhooks failed; trying again shortly", e);
            }
        } finally {
            busy.set(false);
        }
        if (lookAgain && !stopping) {
            wakeUp();
        }
    }

    /**
     * One round: fans out new events, then claims and sends one batch of due deliveries; returns
     * how many events and deliveries it handled. It holds no lock of this replica, so calls from
     * several threads act like several replicas (the tests use that).
     */
    public int deliverDue() {
        int fannedOut = queue.fanOut(config.batchSize());
        List<Due> due = queue.claim(config.batchSize());
        if (due.isEmpty()) {
            return fannedOut;
        }
        Map<Long, List<String>> secrets = queue.signingSecrets(due.stream().map(Due::subscriptionId).distinct().toList());
        List<Future<?>> attempts = new ArrayList<>();
        for (Due delivery : due) {
            attempts.add(senders.submit(() -> {
                Outcome outcome = sender.attempt(delivery, secrets.getOrDefault(delivery.subscriptionId(), List.of()));
                (outcome.delivered() ? delivered : failedAttempts).increment();
                queue.record(delivery, outcome);
            }));
        }
        for (Future<?> attempt : attempts) {
            try {
                attempt.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.error("A webhook attempt could not be recorded; its lease runs out and it is sent again", e.getCause());
            }
        }
        return fannedOut + due.size();
    }

    void onShutdown(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    @PreDestroy
    void stop() {
        stopping = true;
        coordinator.shutdownNow();
        senders.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
