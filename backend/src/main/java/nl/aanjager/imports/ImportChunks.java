package nl.aanjager.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.aanjager.audit.AuditLog;
import nl.aanjager.common.security.CurrentUser;

/**
 * The transactions of a running import. Each chunk is applied in one transaction together with
 * the record of its rows and the job's progress, so a crash leaves a chunk wholly applied (and
 * counted) or not at all, and whoever resumes the job starts at the first chunk not applied.
 */
@ApplicationScoped
class ImportChunks {
    @Inject
    ImportJobRepository jobs;

    @Inject
    ImportRows rows;

    @Inject
    ImportService imports;

    @Inject
    ImportConfig config;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    DataSource dataSource;

    /**
     * Takes a queued job, or a running one whose runner stopped renewing its lease (a crashed
     * replica or process); SKIP LOCKED lets replicas look at the same time without waiting. Plain
     * JDBC: this runs every few seconds on every replica, and stays out of Hibernate's statistics
     * (the statements-per-page tests count those).
     */
    @Transactional
    Optional<Long> claim() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement("""
                        update import_job set state = 'RUNNING', started_at = coalesce(started_at, now()),
                               lease_until = now() + cast(? as interval), version = version + 1
                        where id = (select id from import_job
                                    where state = 'QUEUED' or (state = 'RUNNING' and lease_until < now())
                                    order by confirmed_at, id limit 1 for update skip locked)
                        returning id
                        """)) {
            claim.setString(1, config.lease().toMillis() + " milliseconds");
            try (ResultSet claimed = claim.executeQuery()) {
                return claimed.next() ? Optional.of(claimed.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look for imports to apply", e);
        }
    }

    /**
     * Applies the next chunk after row {@code after} (0: from the first row not applied) as the
     * importer; returns its last row, or empty when the job has nothing left (or is no longer running).
     */
    @ActivateRequestContext
    @Transactional
    OptionalInt applyNext(long jobId, int after) {
        ImportJob job = jobs.lock(jobId).orElse(null);
        if (job == null || job.state != ImportState.RUNNING) {
            return OptionalInt.empty();
        }
        user.actOnBehalfOf(job.importer());
        List<ImportRow> chunk = rows.nextChunk(jobId, after, config.chunkSize());
        if (chunk.isEmpty()) {
            job.state = ImportState.SUCCEEDED;
            job.finishedAt = OffsetDateTime.now();
            job.leaseUntil = null;
            audit.record("import.applied", "import", job.id, null, job.created + " created, " + job.updated
                    + " updated, " + job.kept + " unchanged, " + (job.rejected + job.rejectedWhenApplied) + " rejected");
            return OptionalInt.empty();
        }
        imports.target(job.kind).apply(chunk);
        rows.markApplied(jobId, chunk);
        for (ImportRow row : chunk) {
            switch (row.action) {
                case CREATE -> job.created++;
                case UPDATE -> job.updated++;
                case KEEP -> job.kept++;
                case REJECT -> job.rejectedWhenApplied++;
            }
        }
        job.rowsDone += chunk.size();
        job.leaseUntil = OffsetDateTime.now().plus(config.lease());
        return OptionalInt.of(chunk.get(chunk.size() - 1).number);
    }

    /** The job stops for good: what was applied stays applied, and the job says why it stopped. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void fail(long jobId, String reason) {
        jobs.lock(jobId).filter(job -> !job.state.finished()).ifPresent(job -> {
            job.state = ImportState.FAILED;
            job.finishedAt = OffsetDateTime.now();
            job.leaseUntil = null;
            job.failure = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        });
    }
}
