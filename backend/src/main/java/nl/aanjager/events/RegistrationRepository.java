package nl.aanjager.events;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import nl.aanjager.companies.CompaniesMerged;
import nl.aanjager.contacts.PersonalDataSource;

@ApplicationScoped
public class RegistrationRepository implements PanacheRepository<Registration>, PersonalDataSource {

    /** Places taken: registered or already in. */
    public long placesTaken(long eventId) {
        return count("eventId = ?1 and status in ?2", eventId,
                List.of(RegistrationStatus.REGISTERED, RegistrationStatus.CHECKED_IN));
    }

    public Optional<Registration> firstWaitlisted(long eventId) {
        return find("eventId = ?1 and status = ?2", Sort.by("registeredAt").and("id"), eventId,
                RegistrationStatus.WAITLISTED).firstResultOptional();
    }

    public Optional<Registration> activeOf(long eventId, long contactId) {
        return find("eventId = ?1 and contactId = ?2 and status <> ?3", eventId, contactId,
                RegistrationStatus.CANCELLED).firstResultOptional();
    }

    public Optional<Registration> byCancelCode(String cancelCode) {
        return find("cancelCode", cancelCode).firstResultOptional();
    }

    /** A place or waitlist spot at the event held by anyone at the company with this e-mail address. */
    public Optional<Registration> activeOfEmailAt(long eventId, long companyId, String email) {
        return find("eventId = ?1 and companyId = ?2 and status <> ?3 and contactId in"
                + " (select k.id from Contact k where k.companyId = ?2 and k.email = ?4)", eventId, companyId,
                RegistrationStatus.CANCELLED, email).firstResultOptional();
    }

    void moveToSurvivor(@Observes CompaniesMerged merged) {
        update("companyId = ?1 where companyId = ?2", merged.survivorId(), merged.duplicateId());
    }

    @Override
    public String section() {
        return "registrations";
    }

    @Override
    public List<?> export(long contactId) {
        return list("contactId", Sort.by("registeredAt"), contactId).stream()
                .map(r -> new ExportedRegistration(r.id, r.eventId, r.status, r.registeredAt, r.checkedInAt))
                .toList();
    }

    record ExportedRegistration(long id, long eventId, RegistrationStatus status, java.time.OffsetDateTime registeredAt,
            java.time.OffsetDateTime checkedInAt) {
    }
}
