package nl.aanjager.checkin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.aanjager.checkin.CheckInDtos.AttemptResponse;
import nl.aanjager.checkin.CheckInDtos.Attendance;
import nl.aanjager.checkin.CheckInDtos.Attendee;
import nl.aanjager.checkin.CheckInDtos.CheckInList;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.sql.SqlValues;
import nl.aanjager.events.Event;
import nl.aanjager.events.EventService;
import nl.aanjager.events.RegistrationStatus;
import nl.aanjager.events.Tickets;

/** "How is the door doing?" — live counts, the history and the offline list, each one query. */
@ApplicationScoped
public class CheckInQueries {
    /** Finds events as the caller reaches them: the door role only those around now. */
    @Inject
    EventService eventService;

    @Inject
    CheckInAttemptRepository attempts;

    @Inject
    Tickets tickets;

    @Inject
    EntityManager entityManager;

    public Attendance attendance(long eventId) {
        Event event = event(eventId);
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select count(*) filter (where status = 'REGISTERED'),
                       count(*) filter (where status = 'WAITLISTED'),
                       count(*) filter (where status = 'CHECKED_IN'),
                       count(*) filter (where status = 'CHECKED_IN' and walk_in),
                       count(*) filter (where status = 'NO_SHOW'),
                       count(*) filter (where status = 'CANCELLED')
                from registration where event_id = ?1
                """).setParameter(1, eventId).getSingleResult();
        return new Attendance(n(row[0]), n(row[1]), n(row[2]), n(row[3]), n(row[4]), n(row[5]),
                attempts.failedScans(eventId), event.capacity);
    }

    public List<AttemptResponse> history(long eventId, int page, int size) {
        event(eventId);
        List<CheckInAttempt> found = attempts.history(eventId, page, size);
        Map<Long, Object[]> people = peopleOf(found.stream().map(a -> a.registrationId).filter(Objects::nonNull)
                .distinct().toList());
        return found.stream().map(a -> {
            Object[] person = people.getOrDefault(a.registrationId, new Object[2]);
            return new AttemptResponse(a.id, a.at, a.outcome, a.registrationId, (String) person[0], (String) person[1],
                    a.byUser, a.device);
        }).toList();
    }

    /** Name and company of each registration's person, so the history reads as people, not numbers. */
    private Map<Long, Object[]> peopleOf(List<Long> registrationIds) {
        if (registrationIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select r.id, p.name, c.name from registration r
                join contact p on p.id = r.contact_id join company c on c.id = r.company_id
                where r.id = any(?1)
                """).setParameter(1, registrationIds.toArray(Long[]::new)).getResultList();
        return rows.stream().collect(Collectors.toMap(row -> ((Number) row[0]).longValue(),
                row -> new Object[] {row[1], row[2]}));
    }

    public CheckInList checkInList(long eventId) {
        Event event = event(eventId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select r.id, p.name, c.name, r.status, r.checked_in_at, r.token
                from registration r join contact p on p.id = r.contact_id join company c on c.id = r.company_id
                where r.event_id = ?1 and r.status <> 'CANCELLED'
                order by p.name, r.id
                """).setParameter(1, eventId).getResultList();
        List<Attendee> attendees = rows.stream().map(row -> {
            long registrationId = ((Number) row[0]).longValue();
            return new Attendee(registrationId, (String) row[1], (String) row[2],
                    RegistrationStatus.valueOf((String) row[3]), SqlValues.timestamp(row[4]),
                    tickets.legacyDigest(eventId, registrationId, (String) row[5]));
        }).toList();
        return new CheckInList(event.id, event.title, tickets.publicKey(), OffsetDateTime.now(), attendees);
    }

    private Event event(long eventId) {
        return eventService.find(eventId).orElseThrow(() -> ApiException.notFound("Event", eventId));
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
