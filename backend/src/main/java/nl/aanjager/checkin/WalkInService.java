package nl.aanjager.checkin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import nl.aanjager.audit.AuditLog;
import nl.aanjager.checkin.CheckInDtos.CheckInResult;
import nl.aanjager.checkin.CheckInDtos.ScanRequest;
import nl.aanjager.checkin.CheckInDtos.WalkInRequest;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.security.AccessScope;
import nl.aanjager.companies.Company;
import nl.aanjager.companies.CompanyDtos.CompanyRequest;
import nl.aanjager.companies.CompanyRepository;
import nl.aanjager.companies.CompanyService;
import nl.aanjager.contacts.Contact;
import nl.aanjager.contacts.ContactRepository;
import nl.aanjager.events.Event;
import nl.aanjager.events.EventService;
import nl.aanjager.events.Registration;
import nl.aanjager.events.RegistrationRepository;
import nl.aanjager.events.RegistrationStatus;

/** Someone at the door who did not register: company (when new), contact and check-in in one go. */
@ApplicationScoped
public class WalkInService {
    /** Finds events as the caller reaches them: the door role only those around now. */
    @Inject
    EventService eventService;

    @Inject
    CompanyRepository companies;

    @Inject
    CompanyService companyService;

    @Inject
    ContactRepository contacts;

    @Inject
    RegistrationRepository registrations;

    @Inject
    CheckInAttemptRepository attempts;

    @Inject
    CheckInService checkIns;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

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
            throw ApiException.refused(CheckInOutcome.NOT_OPEN.name(), "Check-in for this event is not open");
        }
        Company company = companyOf(request);
        Contact contact = new Contact();
        contact.companyId = company.id;
        contact.name = request.name().trim();
        contact.email = request.email() == null || request.email().isBlank() ? null : request.email().trim().toLowerCase();
        contact.consentPurpose = "Attendance of " + event.title + " and follow-up by the programme";
        contact.consentSource = "walk-in at the door";
        contact.consentGivenAt = now;
        contact.createdAt = now;
        contacts.persist(contact);

        Registration registration = Registration.of(eventId, contact.id, company.id, Registration.Source.WALK_IN,
                scope.actor(), now);
        registration.status = RegistrationStatus.CHECKED_IN;
        registration.checkedInAt = now;
        registration.checkedInBy = scope.actor();
        registration.checkedInDevice = request.device();
        registrations.persistAndFlush(registration);
        checkIns.credit(event, registration);
        audit.record("check-in.walk-in", "registration", registration.id, company.id, "event " + eventId);
        return checkIns.record(event, registration, asScan, now, CheckInOutcome.CHECKED_IN, "Walk-in");
    }

    private Company companyOf(WalkInRequest request) {
        String kvk = request.kvkNumber() == null || request.kvkNumber().isBlank() ? null : request.kvkNumber().trim();
        var known = kvk != null ? companies.findByKvk(kvk, null)
                : companies.find("kvkNumber is null and lower(name) = ?1 and mergedIntoId is null",
                        request.companyName().trim().toLowerCase()).firstResultOptional();
        return known.orElseGet(() -> companyService.create(new CompanyRequest(kvk, null, request.companyName(), null,
                null, null, null, null, null, null, null, null, List.of())));
    }
}
