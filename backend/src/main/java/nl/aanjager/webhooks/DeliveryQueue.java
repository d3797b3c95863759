package nl.aanjager.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import nl.aanjager.common.security.AccessScope;

/**
 * The dispatcher's transactions, in plain JDBC: they run every few seconds on every replica and
 * stay out of Hibernate's statistics (the statements-per-page tests count those). Rows are taken
 * with {@code FOR UPDATE SKIP LOCKED}, so replicas look at the same time without waiting for or
 * taking each other's work; a claimed delivery carries a lease, so no other dispatcher sends it
 * while this one does, and a dispatcher that died gives its deliveries back when the lease ends.
 */
@ApplicationScoped
class DeliveryQueue {
    /** A delivery claimed for one attempt, with what the attempt needs. */
    record Due(long deliveryId, long eventId, long subscriptionId, int attemptsInRound, String url, String type,
            OffsetDateTime occurredAt, String data, Instant leaseUntil) {
    }

    /** What one attempt came to. */
    record Outcome(Instant at, Integer statusCode, long durationMs, String responseExcerpt, String error) {
        boolean delivered() {
            return error == null && statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    @Inject
    DataSource dataSource;

    @Inject
    WebhookConfig config;

    @Inject
    WebhookClock clock;

    /**
     * Turns up to {@code limit} new events into deliveries, one per enabled subscription that
     * wants the type and may see the event (the same scoping as the API); returns the events done.
     */
    @Transactional
    int fanOut(int limit) {
        try (Connection connection = dataSource.getConnection()) {
            List<Long> events = new ArrayList<>();
            try (PreparedStatement take = connection.prepareStatement(
                    "select id from webhook_event where not fanned_out order by id limit ? for update skip locked")) {
                take.setInt(1, limit);
                try (ResultSet rows = take.executeQuery()) {
                    while (rows.next()) {
                        events.add(rows.getLong(1));
                    }
                }
            }
            if (events.isEmpty()) {
                return 0;
            }
            Array ids = connection.createArrayOf("bigint", events.toArray());
            try (PreparedStatement fanOut = connection.prepareStatement("""
                    insert into webhook_delivery (subscription_id, event_id, state, next_attempt_at, created_at)
                    select s.id, e.id, 'PENDING', ?, ?
                    from webhook_event e
                    join webhook_subscription s on s.enabled and e.type = any (s.event_types)
                                               and s.created_at <= e.occurred_at
                    where e.id = any (?) and e.audience <> 'SUBSCRIPTION'
                      and (s.partner_id is null
                           or e.audience = 'ALL'
                           or (e.audience = 'PARTNERS' and s.partner_id = any (e.partner_ids))
                           or (e.audience = 'WORKS_WITH' and %s)
                           or (e.audience = 'ORGANISERS' and exists (select 1 from registration g
                                   join event_organiser o on o.event_id = g.event_id
                                   where g.id = e.entity_id and o.partner_id = s.partner_id)))
                    on conflict (subscription_id, event_id) do nothing
                    """.formatted(AccessScope.worksWith("s.partner_id", "e.company_id")));
                    PreparedStatement done = connection.prepareStatement(
                            "update webhook_event set fanned_out = true where id = any (?)")) {
                OffsetDateTime now = at(clock.now());
                fanOut.setObject(1, now);
                fanOut.setObject(2, now);
                fanOut.setArray(3, ids);
                fanOut.executeUpdate();
                done.setArray(1, ids);
                done.executeUpdate();
            }
            return events.size();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not fan webhook events out", e);
        }
    }

    /** Claims up to {@code limit} deliveries that are due, for one attempt each, under a lease. */
    @Transactional
    List<Due> claim(int limit) {
        Instant now = clock.now();
        Instant leaseUntil = now.plus(config.lease()).truncatedTo(ChronoUnit.MILLIS);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement("""
                        with due as (
                            select d.id from webhook_delivery d
                            join webhook_subscription s on s.id = d.subscription_id and s.enabled
                            where d.state = 'PENDING' and d.next_attempt_at <= ?
                              and (d.lease_until is null or d.lease_until < ?)
                            order by d.next_attempt_at, d.id limit ?
                            for update of d skip locked),
                        claimed as (
                            update webhook_delivery d set lease_until = ? from due where d.id = due.id
                            returning d.id, d.event_id, d.subscription_id, d.attempts_in_round)
                        select c.id, c.event_id, c.subscription_id, c.attempts_in_round, s.url, e.type,
                               e.occurred_at, e.data::text
                        from claimed c
                        join webhook_subscription s on s.id = c.subscription_id
                        join webhook_event e on e.id = c.event_id
                        """)) {
            claim.setObject(1, at(now));
            claim.setObject(2, at(now));
            claim.setInt(3, limit);
            claim.setObject(4, at(leaseUntil));
            List<Due> due = new ArrayList<>();
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    due.add(new Due(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getInt(4), rows.getString(5),
                            rows.getString(6), rows.getObject(7, OffsetDateTime.class), rows.getString(8), leaseUntil));
                }
            }
            return due;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim webhook deliveries", e);
        }
    }

    /** The secrets that sign for each subscription now, newest first (two during a rotation). */
    @Transactional
    Map<Long, List<String>> signingSecrets(List<Long> subscriptionIds) {
        Map<Long, List<String>> secrets = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select subscription_id, secret from webhook_secret
                        where subscription_id = any (?) and (expires_at is null or expires_at > ?)
                        order by id desc
                        """)) {
            select.setArray(1, connection.createArrayOf("bigint", subscriptionIds.toArray()));
            select.setObject(2, at(clock.now()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    secrets.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getString(2));
                }
            }
            return secrets;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read webhook secrets", e);
        }
    }

    /**
     * Logs the attempt and moves the delivery on: delivered; due again after the next wait of the
     * schedule; or failed when the schedule ran out. A subscription that has failed for longer
     * than allowed is disabled, with the reason its owner sees. Nothing changes when this
     * dispatcher lost its lease in the meantime (another one took the delivery over).
     */
    @Transactional
    void record(Due due, Outcome outcome) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement log = connection.prepareStatement("""
                    insert into webhook_attempt (delivery_id, attempted_at, status_code, duration_ms, response_excerpt, error)
                    values (?, ?, ?, ?, ?, ?)
                    """)) {
                log.setLong(1, due.deliveryId());
                log.setObject(2, at(outcome.at()));
                if (outcome.statusCode() == null) {
                    log.setNull(3, Types.INTEGER);
                } else {
                    log.setInt(3, outcome.statusCode());
                }
                log.setInt(4, (int) Math.min(Integer.MAX_VALUE, outcome.durationMs()));
                log.setString(5, outcome.responseExcerpt());
                log.setString(6, outcome.error() == null ? null : cut(outcome.error(), 1000));
                log.executeUpdate();
            }
            Instant now = clock.now();
            String state = "PENDING";
            Instant next = null;
            if (outcome.delivered()) {
                state = "DELIVERED";
            } else {
                int done = due.attemptsInRound() + 1;
                List<Duration> schedule = config.retrySchedule();
                if (done >= schedule.size()) {
                    state = "FAILED";
                } else {
                    next = now.plus(jittered(schedule.get(done)));
                }
            }
            try (PreparedStatement move = connection.prepareStatement("""
                    update webhook_delivery set state = ?, attempts = attempts + 1, attempts_in_round = attempts_in_round + 1,
                           next_attempt_at = ?, delivered_at = ?, lease_until = null
                    where id = ? and lease_until = ?
                    """)) {
                move.setString(1, state);
                move.setObject(2, next == null ? null : at(next));
                move.setObject(3, outcome.delivered() ? at(now) : null);
                move.setLong(4, due.deliveryId());
                move.setObject(5, at(due.leaseUntil()));
                if (move.executeUpdate() == 0) {
                    return;
                }
            }
            if (outcome.delivered()) {
                try (PreparedStatement healthy = connection.prepareStatement(
                        "update webhook_subscription set failing_since = null where id = ? and failing_since is not null")) {
                    healthy.setLong(1, due.subscriptionId());
                    healthy.executeUpdate();
                }
            } else {
                failing(connection, due, outcome, now);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record a webhook attempt", e);
        }
    }

    private void failing(Connection connection, Due due, Outcome outcome, Instant now) throws SQLException {
        try (PreparedStatement failing = connection.prepareStatement("""
                update webhook_subscription set failing_since = coalesce(failing_since, ?) where id = ?
                returning failing_since, enabled
                """)) {
            failing.setObject(1, at(now));
            failing.setLong(2, due.subscriptionId());
            try (ResultSet row = failing.executeQuery()) {
                if (!row.next() || !row.getBoolean(2)) {
                    return;
                }
                OffsetDateTime since = row.getObject(1, OffsetDateTime.class);
                if (since.toInstant().plus(config.disableAfterFailingFor()).isAfter(now)) {
                    return;
                }
                try (PreparedStatement disable = connection.prepareStatement("""
                        update webhook_subscription set enabled = false, disabled_at = ?, disabled_reason = ?,
                               version = version + 1
                        where id = ?
                        """)) {
                    disable.setObject(1, at(now));
                    disable.setString(2, cut("Every delivery since " + since.withOffsetSameInstant(ZoneOffset.UTC)
                            + " failed; the last attempt: " + describe(outcome)
                            + ". Fix the endpoint, then enable the subscription again.", 1000));
                    disable.setLong(3, due.subscriptionId());
                    disable.executeUpdate();
                }
            }
        }
    }

    private Duration jittered(Duration wait) {
        double jitter = config.jitter();
        if (wait.isZero() || jitter <= 0) {
            return wait;
        }
        double factor = 1 + ThreadLocalRandom.current().nextDouble(-jitter, jitter);
        return Duration.ofMillis(Math.round(wait.toMillis() * factor));
    }

    private static String describe(Outcome outcome) {
        return outcome.error() != null ? outcome.error() : "HTTP status " + outcome.statusCode();
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }
}
