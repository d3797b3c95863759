package nl.aanjager.common.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The keys in PostgreSQL, each step in a transaction of its own: a claim is visible to every replica
 * the moment it is made, and stays made whatever the request does afterwards. Times are the
 * database's, one clock for all replicas.
 */
@ApplicationScoped
public class IdempotencyKeyStore {
    @Inject
    EntityManager entityManager;

    @Inject
    IdempotencyConfig config;

    /** Who sent which key; {@code caller} keeps two callers' keys apart. */
    public record Key(String caller, String key) {
    }

    /** What a key holds: the first request's fingerprint and, once that request finished, its response. */
    public record Stored(byte[] fingerprint, Optional<StoredResponse> response) {
    }

    /** A response as the client got it: status, body and the headers a replay repeats. */
    public record StoredResponse(int status, String contentType, String location, String etag, byte[] body) {
    }

    /**
     * Claims the key for a request; empty when the key is taken. One statement, so that of requests
     * racing for a key exactly one wins, on any replica: it inserts the key, or takes over a row that
     * has expired (retention) or whose claim was abandoned (lease over, same request).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<UUID> claim(Key key, byte[] fingerprint) {
        UUID attempt = UUID.randomUUID();
        List<?> claimed = entityManager.createNativeQuery("""
                insert into idempotency_key (caller, idempotency_key, fingerprint, created_at, attempt, locked_until)
                values (?1, ?2, ?3, now(), ?4, now() + ?5 * interval '1 second')
                on conflict (caller, idempotency_key) do update
                    set fingerprint = excluded.fingerprint, created_at = excluded.created_at,
                        attempt = excluded.attempt, locked_until = excluded.locked_until, status = null,
                        content_type = null, location = null, etag = null, body = null
                    where idempotency_key.created_at < now() - ?6 * interval '1 second'
                       or idempotency_key.status is null and idempotency_key.locked_until < now()
                          and idempotency_key.fingerprint = excluded.fingerprint
                returning attempt
                """)
                .setParameter(1, key.caller()).setParameter(2, key.key()).setParameter(3, fingerprint)
                .setParameter(4, attempt).setParameter(5, config.lease().toSeconds())
                .setParameter(6, config.retention().toSeconds())
                .getResultList();
        return claimed.isEmpty() ? Optional.empty() : Optional.of(attempt);
    }

    /** The key as stored; empty when it was released or removed since. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Stored> find(Key key) {
        List<?> rows = entityManager.createNativeQuery("""
                select fingerprint, status, content_type, location, etag, body from idempotency_key
                where caller = ?1 and idempotency_key = ?2
                """).setParameter(1, key.caller()).setParameter(2, key.key()).getResultList();
        return rows.stream().findFirst().map(Object[].class::cast).map(row -> new Stored((byte[]) row[0],
                Optional.ofNullable((Number) row[1]).map(status -> new StoredResponse(status.intValue(),
                        (String) row[2], (String) row[3], (String) row[4], (byte[]) row[5]))));
    }

    /** Keeps the response of a finished request, if this attempt still holds the key. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(Key key, UUID attempt, StoredResponse response) {
        entityManager.createNativeQuery("""
                update idempotency_key set status = ?4, content_type = ?5, location = ?6, etag = ?7, body = ?8,
                    locked_until = null
                where caller = ?1 and idempotency_key = ?2 and attempt = ?3
                """)
                .setParameter(1, key.caller()).setParameter(2, key.key()).setParameter(3, attempt)
                .setParameter(4, response.status()).setParameter(5, response.contentType())
                .setParameter(6, response.location()).setParameter(7, response.etag())
                .setParameter(8, response.body())
                .executeUpdate();
    }

    /** Frees the key, if this attempt still holds it, so that a retry runs the request again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(Key key, UUID attempt) {
        entityManager.createNativeQuery("delete from idempotency_key where caller = ?1 and idempotency_key = ?2 and attempt = ?3")
                .setParameter(1, key.caller()).setParameter(2, key.key()).setParameter(3, attempt)
                .executeUpdate();
    }

    /** Removes expired keys; safe on every replica at once, each row goes once. */
    @Transactional
    public int removeExpired() {
        return entityManager.createNativeQuery("delete from idempotency_key where created_at < now() - ?1 * interval '1 second'")
                .setParameter(1, config.retention().toSeconds())
                .executeUpdate();
    }
}
