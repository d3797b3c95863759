package nl.aanjager.common.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import nl.aanjager.common.problem.ApiException;

/**
 * One Bucket4j token bucket per caller, in memory on this replica: {@code requests} tokens that come
 * back evenly over {@code period} ({@link RateLimitConfig}). A rested caller may spend them all in one
 * burst; after that it gets requests/period back.
 */
@ApplicationScoped
public class CallerBuckets {
    private final RateLimitConfig config;
    private final Cache<String, Bucket> buckets;

    @Inject
    CallerBuckets(RateLimitConfig config) {
        this.config = config;
        // A bucket untouched for a whole period is full again: dropping it then changes nothing.
        this.buckets = Caffeine.newBuilder().expireAfterAccess(config.period()).maximumSize(config.maxCallers())
                .build();
    }

    /** Takes one token of the caller's bucket; 429 with Retry-After when it is empty. */
    public void take(String caller) {
        ConsumptionProbe probe = buckets.get(caller, key -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            // whole seconds, rounded up: a client that waits Retry-After finds a token
            long seconds = TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L);
            throw ApiException.tooManyRequests("your client", Math.max(1, seconds));
        }
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(config.requests())
                .refillGreedy(config.requests(), config.period()).build()).build();
    }
}
