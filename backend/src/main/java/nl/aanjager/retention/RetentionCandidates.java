package nl.aanjager.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import nl.aanjager.common.sql.SqlValues;

/**
 * Who the retention rule reaches: contact persons not yet erased whose last sign of life — the
 * record made, consent given or renewed, an activity or a referral naming them, a registration
 * (made, or its event held) — lies before the cutoff. Defined once, for the dry run and the run.
 */
@ApplicationScoped
public class RetentionCandidates {
    /** A person the next run would anonymise. */
    public record Candidate(long contactId, String name, long companyId, String companyName, OffsetDateTime lastSeenAt) {
    }

    private static final String LAST_SEEN = """
            greatest(c.created_at, c.consent_given_at,
                (select max(cast(a.occurred_on as timestamp) at time zone 'UTC') from activity a where a.contact_id = c.id),
                (select max(r.created_at) from referral r where r.contact_id = c.id),
                (select max(greatest(g.registered_at, e.starts_at)) from registration g join event e on e.id = g.event_id
                  where g.contact_id = c.id))""";

    private static final String CANDIDATES = """
            select c.id, c.name, c.company_id, co.name, %s as last_seen
              from contact c join company co on co.id = c.company_id
             where c.erased_at is null and %s < :cutoff
            """.formatted(LAST_SEEN, LAST_SEEN);

    @Inject
    EntityManager entityManager;

    public long count(OffsetDateTime cutoff) {
        return ((Number) entityManager.createNativeQuery("select count(*) from (" + CANDIDATES + ") due")
                .setParameter("cutoff", cutoff).getSingleResult()).longValue();
    }

    /** The longest silent first. */
    public List<Candidate> first(OffsetDateTime cutoff, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(CANDIDATES + " order by last_seen, c.id limit :limit")
                .setParameter("cutoff", cutoff).setParameter("limit", limit).getResultList();
        return rows.stream().map(row -> new Candidate(((Number) row[0]).longValue(), (String) row[1],
                ((Number) row[2]).longValue(), (String) row[3], SqlValues.timestamp(row[4]))).toList();
    }
}
