package nl.aanjager.events;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import nl.aanjager.audit.AuditLog;
import nl.aanjager.audit.Changes;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.common.problem.ProblemCode;
import nl.aanjager.common.security.AccessScope;
import nl.aanjager.contacts.Contact;
import nl.aanjager.contacts.ContactRepository;

/**
 * Registrations: a place while there is one, the waitlist after that, promotion in order when
 * someone cancels. Every change locks the event row, so two last places are never both given.
 */
@ApplicationScoped
public class RegistrationService {
    @Inject
    EventRepository events;

    @Inject
    RegistrationRepository registrations;

    @Inject
    ContactRepository contacts;

    @Inject
    Tickets tickets;

    @Inject
    jakarta.enterprise.event.Event<RegistrationMails.TicketMail> ticketMails;

    @Inject
    jakarta.enterprise.event.Event<RegistrationMails.PlaceAvailableMail> placeMails;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    /** Registers the contact; the caller has checked that it may see the contact. */
    @Transactional
    public Registration register(long eventId, Contact contact, Registration.Source source) {
        Event event = events.lockForRegistration(eventId).orElseThrow(() -> ApiException.notFound("Event", eventId));
        if (event.status != EventStatus.PUBLISHED) {
            throw ApiException.conflict(ProblemCode.REGISTRATION_CLOSED,
                    "Registration is open for published events only; this one is " + event.status.name().toLowerCase(),
                    "status", event.status);
        }
        Registration registration = newRegistration(event, contact, source, OffsetDateTime.now(),
                event.capacity == null || registrations.placesTaken(eventId) < event.capacity
                        ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED);
        sendTicket(event, registration, contact);
        return registration;
    }

    /**
     * Someone who did not register, admitted at the door: registered and checked in at once. The
     * door decides whether the event is open; a walk-in holds no place that others wait for.
     */
    @Transactional
    public Registration admitAtTheDoor(Event event, Contact contact, String device, OffsetDateTime at) {
        Registration registration = Registration.of(event.id, contact.id, contact.companyId,
                Registration.Source.WALK_IN, scope.actor(), at);
        registration.status = RegistrationStatus.CHECKED_IN;
        registration.checkedInAt = at;
        registration.checkedInBy = scope.actor();
        registration.checkedInDevice = device;
        // one entry for the one operation: registered and admitted at once
        persist(event, contact, registration, "check-in.walk-in");
        return registration;
    }

    /** A registration made ahead of the event, through the API or the public form. */
    private Registration newRegistration(Event event, Contact contact, Registration.Source source, OffsetDateTime at,
            RegistrationStatus status) {
        Registration registration = Registration.of(event.id, contact.id, contact.companyId, source, scope.actor(), at);
        registration.status = status;
        persist(event, contact, registration, "registration.created");
        return registration;
    }

    /** The one place a registration comes into being, whichever way the person came. */
    private void persist(Event event, Contact contact, Registration registration, String auditAction) {
        if (contact.erasedAt != null) {
            throw ApiException.invalidField("contactId", FieldErrorCode.ERASED, "this person was erased");
        }
        if (registrations.activeOf(event.id, contact.id).isPresent()) {
            throw ApiException.conflict(ProblemCode.ALREADY_REGISTERED, "This person is already registered for the event");
        }
        registrations.persistAndFlush(registration);
        audit.record(auditAction, "registration", registration.id, registration.companyId,
                Changes.created(registration));
    }

    /** Cancels; a place that frees up goes to the first on the waitlist. Cancelling twice changes nothing. */
    @Transactional
    public Registration cancel(Registration given) {
        Event event = events.lockForRegistration(given.eventId).orElseThrow();
        Registration registration = registrations.findById(given.id);
        registrations.getEntityManager().refresh(registration);
        if (registration.status == RegistrationStatus.CANCELLED) {
            return registration;
        }
        if (registration.status != RegistrationStatus.REGISTERED && registration.status != RegistrationStatus.WAITLISTED) {
            throw ApiException.conflict(ProblemCode.CANNOT_CANCEL, "A registration that is "
                    + registration.status.name().toLowerCase() + " cannot be cancelled", "status", registration.status);
        }
        boolean hadPlace = registration.status == RegistrationStatus.REGISTERED;
        var before = Changes.snapshot(registration);
        registration.status = RegistrationStatus.CANCELLED;
        registration.cancelledAt = OffsetDateTime.now();
        registrations.flush();
        audit.recordUpdate("registration.cancelled", "registration", registration.id, registration.companyId, before,
                registration);
        if (hadPlace && event.status == EventStatus.PUBLISHED) {
            registrations.firstWaitlisted(event.id).ifPresent(next -> {
                // a consequence on another record, so an entry of its own
                next.status = RegistrationStatus.REGISTERED;
                audit.record("registration.promoted", "registration", next.id, next.companyId,
                        Changes.of("status", RegistrationStatus.WAITLISTED, RegistrationStatus.REGISTERED));
                contacts.findByIdOptional(next.contactId).filter(c -> c.email != null)
                        .ifPresent(c -> placeMails.fire(new RegistrationMails.PlaceAvailableMail(event, c.name, c.email)));
            });
        }
        return registration;
    }

    /** (Again) mails the ticket to the person, after commit. */
    public void sendTicket(Event event, Registration registration, Contact contact) {
        if (contact.email != null) {
            ticketMails.fire(new RegistrationMails.TicketMail(event, contact.name, contact.email,
                    ticketOf(registration), registration.cancelCode, registration.status));
        }
    }

    public Optional<Registration> find(long eventId, long registrationId) {
        return registrations.findByIdOptional(registrationId).filter(r -> r.eventId == eventId);
    }

    public Optional<Registration> byCancelCode(String cancelCode) {
        return registrations.byCancelCode(cancelCode);
    }

    public PageResult<Registration> list(long eventId, RegistrationStatus status, int page, int size) {
        PanacheQuery<Registration> query = status == null
                ? registrations.find("eventId", Sort.by("registeredAt").and("id"), eventId)
                : registrations.find("eventId = ?1 and status = ?2", Sort.by("registeredAt").and("id"), eventId, status);
        return new PageResult<>(query.page(page, size).list(), query.count(), page, size);
    }

    public String ticketOf(Registration registration) {
        return tickets.payload(registration.eventId, registration.id, registration.token);
    }
}
