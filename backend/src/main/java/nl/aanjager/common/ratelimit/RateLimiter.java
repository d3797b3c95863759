package nl.aanjager.common.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import nl.aanjager.common.problem.ApiException;

/**
 * Fixed-window request counting in PostgreSQL, so every replica counts the same. Counts in a
 * transaction of its own: a refused or failed request still counts.
 */
@ApplicationScoped
public class RateLimiter {
    @Inject
    EntityManager entityManager;

    /** Counts one hit of the bucket in the current minute; 429 with Retry-After past the limit. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void acquire(String bucket, int perMinute) {
        OffsetDateTime now = OffsetDateTime.now();
        OffsetDateTime window = now.truncatedTo(ChronoUnit.MINUTES);
        entityManager.createNativeQuery("delete from rate_limit_window where bucket = ?1 and window_start < ?2")
                .setParameter(1, bucket).setParameter(2, window).executeUpdate();
        Number hits = (Number) entityManager.createNativeQuery("""
                insert into rate_limit_window (bucket, window_start, hits) values (?1, ?2, 1)
                on conflict (bucket, window_start) do update set hits = rate_limit_window.hits + 1
                returning hits
                """).setParameter(1, bucket).setParameter(2, window).getSingleResult();
        if (hits.intValue() > perMinute) {
            long retryAfter = Math.max(1, Duration.between(now, window.plusMinutes(1)).toSeconds());
            throw ApiException.tooManyRequests(retryAfter);
        }
    }
}
