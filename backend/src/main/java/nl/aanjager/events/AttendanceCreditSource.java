package nl.aanjager.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import nl.aanjager.funnel.StageCreditSource;
import nl.aanjager.funnel.StageSource;

/** A checked-in registration as the reason for a stage recorded by hand: the event's organisers own it. */
@ApplicationScoped
public class AttendanceCreditSource implements StageCreditSource {
    @Inject
    RegistrationRepository registrations;

    @Inject
    EventRepository events;

    @Override
    public StageSource kind() {
        return StageSource.EVENT_ATTENDANCE;
    }

    @Override
    public Optional<Set<Long>> ownersAt(long sourceId, long companyId) {
        return registrations.findByIdOptional(sourceId)
                .filter(registration -> registration.companyId == companyId)
                .filter(registration -> registration.status == RegistrationStatus.CHECKED_IN)
                .flatMap(registration -> events.findByIdOptional(registration.eventId))
                .map(event -> Set.copyOf(event.organiserIds));
    }
}
