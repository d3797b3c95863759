package nl.aanjager.common.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Removes keys past their retention. Every replica runs it; that is harmless, since each only
 * deletes rows that are expired anyway (a key found expired before this ran is claimed anew all the
 * same, so nothing depends on when it runs).
 */
@ApplicationScoped
public class ExpiredKeysCleanup {
    private static final Logger LOG = Logger.getLogger(ExpiredKeysCleanup.class);

    @Inject
    IdempotencyKeyStore store;

    @Scheduled(every = "${aanjager.idempotency.cleanup-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeExpired() {
        int removed = store.removeExpired();
        if (removed > 0) {
            LOG.debugf("Removed %d expired Idempotency-Keys", removed);
        }
    }
}
