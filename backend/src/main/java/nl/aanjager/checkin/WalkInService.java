package nl.aanjager.checkin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import nl.aanjager.checkin.CheckInDtos.CheckInResult;
import nl.aanjager.checkin.CheckInDtos.ScanRequest;
import nl.aanjager.checkin.CheckInDtos.WalkInRequest;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.companies.Company;
import nl.aanjager.companies.CompanyService;
import nl.aanjager.contacts.Contact;
import nl.aanjager.contacts.ContactService;
import nl.aanjager.events.Event;
import nl.aanjager.events.EventService;
import nl.aanjager.events.Registration;
import nl.aanjager.events.RegistrationRepository;
import nl.aanjager.events.RegistrationService;

/** Someone at the door who did not register: company (when new), contact and check-in in one go. */
@ApplicationScoped
public class WalkInService {
    /** Finds events as the caller reaches them: the door role only those around now. */
    @Inject
    EventService eventService;

    @Inject
    CompanyService companyService;

    @Inject
    ContactService contactService;

    @Inject
    RegistrationService registrationService;

    @Inject
    RegistrationRepository registrations;

    @Inject
    CheckInAttemptRepository attempts;

    @Inject
    CheckInService checkIns;

    @Transactional
    public CheckInResult admit(long eventId, WalkInRequest request) {
        Event event = eventService.find(eventId).orElseThrow(() -> ApiException.notFound("Event", eventId));
        ScanRequest asScan = new ScanRequest(null, null, request.device(), request.clientId(), null);
        if (request.clientId() != null) {
            var earlier = attempts.byClientId(eventId, request.clientId());
            if (earlier.isPresent()) {
                return checkIns.result(earlier.get().outcome, request.clientId(),
                        earlier.get().registrationId == null ? null : registrations.findById(earlier.get().registrationId),
                        "Applied before; nothing changed");
            }
        }
        OffsetDateTime now = OffsetDateTime.now();
        if (!event.isOpenForCheckIn(now)) {
            return checkIns.result(CheckInOutcome.NOT_OPEN, request.clientId(), null, "Check-in for this event is not open");
        }
        Company company = companyService.findOrCreate(request.kvkNumber(), request.companyName());
        Contact contact = contactService.createWithConsent(company.id, request.name(), request.email(),
                "Deelname aan " + event.title + " en opvolging door het programma", "aan de deur, bij binnenkomst");
        Registration registration = registrationService.admitAtTheDoor(event, contact, request.device(), now);
        checkIns.credit(event, registration);
        return checkIns.record(event, registration, asScan, now, CheckInOutcome.CHECKED_IN, "Walk-in");
    }
}
