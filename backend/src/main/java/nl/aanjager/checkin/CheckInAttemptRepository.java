package nl.aanjager.checkin;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CheckInAttemptRepository implements PanacheRepository<CheckInAttempt> {

    public Optional<CheckInAttempt> byClientId(long eventId, String clientId) {
        return find("eventId = ?1 and clientId = ?2", eventId, clientId).firstResultOptional();
    }

    public List<CheckInAttempt> history(long eventId, int page, int size) {
        return find("eventId", Sort.descending("at").and("id", Sort.Direction.Descending), eventId)
                .page(page, size).list();
    }

    public long failedScans(long eventId) {
        return count("eventId = ?1 and outcome in ?2", eventId, List.of(CheckInOutcome.WRONG_EVENT,
                CheckInOutcome.CANCELLED, CheckInOutcome.WAITLISTED, CheckInOutcome.NOT_OPEN,
                CheckInOutcome.UNKNOWN_TICKET));
    }
}
