package nl.aanjager.events;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.Optional;

@ApplicationScoped
public class EventRepository implements PanacheRepository<Event> {

    public PanacheQuery<Event> search(Long programmeId, EventStatus status, OffsetDateTime from, OffsetDateTime to,
            String searchPattern, Long invitedPartnerId, Sort sort) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (invitedPartnerId != null) {
            where.append(" and :invited member of invitedOrganiserIds");
            parameters.and("invited", invitedPartnerId);
        }
        if (programmeId != null) {
            where.append(" and programmeId = :programme");
            parameters.and("programme", programmeId);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (from != null) {
            where.append(" and endsAt >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            where.append(" and startsAt <= :to");
            parameters.and("to", to);
        }
        if (searchPattern != null) {
            where.append(" and lower(title) like :q");
            parameters.and("q", searchPattern);
        }
        return find(where.toString(), sort, parameters);
    }

    /** The event row locked for this transaction: registrations and cancellations queue up here. */
    public Optional<Event> lockForRegistration(long id) {
        return Optional.ofNullable(getEntityManager().find(Event.class, id, LockModeType.PESSIMISTIC_WRITE));
    }
}
