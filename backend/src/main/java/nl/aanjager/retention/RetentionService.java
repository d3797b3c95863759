package nl.aanjager.retention;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.aanjager.audit.AuditLog;
import nl.aanjager.audit.Changes;
import nl.aanjager.contacts.ContactService;
import nl.aanjager.retention.RetentionCandidates.Candidate;
import org.jboss.logging.Logger;

/**
 * Anonymises the persons the retention rule reaches, through the same erasure as an admin's
 * (so their audit entries are masked too). One run at a time across every replica: the run holds
 * a PostgreSQL advisory lock, and a replica that finds it taken skips its turn.
 */
@ApplicationScoped
public class RetentionService {
    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    /** The advisory lock key: "retentn" in ASCII, unlikely to meet another lock of ours. */
    static final long LOCK_KEY = 0x726574656e746eL;

    @Inject
    RetentionConfig config;

    @Inject
    RetentionCandidates candidates;

    @Inject
    ContactService contacts;

    @Inject
    AuditLog audit;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager entityManager;

    /** Persons whose last sign of life lies before this moment are due. */
    public OffsetDateTime cutoff(Instant now) {
        return now.atOffset(ZoneOffset.UTC).minus(config.inactiveFor());
    }

    /**
     * Runs the rule as of {@code now}; empty when another run (on any replica) holds the lock.
     * {@code by} is the account (or system actor) that started it, {@code byName} its name as people
     * read it (null for a scheduled run).
     */
    public Optional<RetentionRun> run(RetentionRun.Trigger trigger, String by, String byName, Instant now) {
        try (Connection lockHolder = dataSource.getConnection()) {
            if (!tryLock(lockHolder)) {
                LOG.infof("Retention run skipped: another run holds the lock");
                return Optional.empty();
            }
            try {
                return Optional.of(runLocked(trigger, by, byName, now));
            } finally {
                unlock(lockHolder);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the retention lock could not be taken or released", e);
        }
    }

    private RetentionRun runLocked(RetentionRun.Trigger trigger, String by, String byName, Instant now) {
        OffsetDateTime cutoff = cutoff(now);
        RetentionRun run = QuarkusTransaction.requiringNew().call(() -> {
            RetentionRun started = new RetentionRun();
            started.startedAt = OffsetDateTime.now();
            started.cutoff = cutoff;
            started.trigger = trigger;
            started.triggeredBy = by;
            started.triggeredByName = byName;
            entityManager.persist(started);
            return started;
        });
        int anonymised = 0;
        String error = null;
        try {
            List<Candidate> batch;
            while (!(batch = QuarkusTransaction.requiringNew().call(() -> candidates.first(cutoff, config.batchSize())))
                    .isEmpty()) {
                List<Candidate> due = batch;
                QuarkusTransaction.requiringNew().run(() -> due.forEach(person -> contacts.erase(person.contactId())));
                anonymised += due.size();
            }
        } catch (RuntimeException e) {
            LOG.error("Retention run stopped; the persons anonymised so far stay anonymised", e);
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        int done = anonymised;
        String failure = error;
        return QuarkusTransaction.requiringNew().call(() -> {
            RetentionRun finished = entityManager.find(RetentionRun.class, run.id);
            finished.finishedAt = OffsetDateTime.now();
            finished.anonymised = done;
            finished.error = failure == null ? null : failure.substring(0, Math.min(failure.length(), 2000));
            audit.record("retention.run", "retention_run", finished.id, null,
                    Changes.of("anonymised", null, done).and("cutoff", null, cutoff),
                    trigger == RetentionRun.Trigger.SCHEDULE ? "scheduled run" : "started by " + by);
            return finished;
        });
    }

    public List<RetentionRun> lastRuns(int limit) {
        return entityManager.createQuery("from RetentionRun order by startedAt desc, id desc", RetentionRun.class)
                .setMaxResults(limit).getResultList();
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private static void unlock(Connection connection) throws SQLException {
        try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, LOCK_KEY);
            unlock.execute();
        }
    }
}
