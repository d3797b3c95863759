package nl.aanjager.common.idempotency;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** How long keys live and how long a running request holds its key. */
@ConfigMapping(prefix = "aanjager.idempotency")
public interface IdempotencyConfig {
    /** How long a key and its stored response are kept; a key sent again after this creates anew. */
    Duration retention();

    /**
     * How long a request holds its key while it runs; a retry meanwhile gets 409. Only a process that
     * died mid-request leaves a claim behind: after this a retry may run the request again (see
     * {@link IdempotencyFilter}), so keep it well above the slowest POST.
     */
    Duration lease();

    /** How often each replica removes expired keys. */
    Duration cleanupEvery();
}
