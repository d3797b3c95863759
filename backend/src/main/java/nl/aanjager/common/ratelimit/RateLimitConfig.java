package nl.aanjager.common.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How many requests each caller of the authenticated API may make ({@link CallerRateLimit}). */
@ConfigMapping(prefix = "aanjager.rate-limit")
public interface RateLimitConfig {
    /** Requests a caller may make per period; also the largest burst, as a rested bucket is full. */
    int requests();

    /** The time in which an empty bucket fills up again, token by token (e.g. 60s). */
    Duration period();

    /** Buckets kept in memory per replica; past this the least recently used caller's is dropped (and starts full). */
    @WithDefault("10000")
    int maxCallers();
}
