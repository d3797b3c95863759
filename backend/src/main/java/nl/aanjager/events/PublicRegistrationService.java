package nl.aanjager.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.common.ratelimit.RateLimiter;
import nl.aanjager.common.security.CurrentUser;
import nl.aanjager.common.security.SystemActor;
import nl.aanjager.companies.Company;
import nl.aanjager.contacts.ContactService;
import nl.aanjager.companies.CompanyService;
import nl.aanjager.contacts.Contact;
import nl.aanjager.contacts.ContactRepository;
import nl.aanjager.events.EventDtos.PublicRegistrationRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registration by entrepreneurs on the public event page, without an account. Guarded against
 * bots (a hidden field people leave empty, a limit per client address), and it never tells
 * anything about other registrations: every accepted registration gets the same answer, and a
 * second registration with the same address only sends that address its ticket again.
 */
@ApplicationScoped
public class PublicRegistrationService {
    /** Where the consent of a person who registered themselves was given. */
    static final String CONSENT_SOURCE = "openbaar aanmeldformulier";

    @Inject
    EventRepository events;

    @Inject
    RegistrationRepository registrations;

    @Inject
    RegistrationService registrationService;

    @Inject
    CompanyService companyService;

    @Inject
    ContactService contactService;

    @Inject
    ContactRepository contacts;

    @Inject
    RateLimiter rateLimiter;

    /** Marks this request's writes as the public page's: no account, so no name to keep. */
    @Inject
    CurrentUser user;

    @ConfigProperty(name = "aanjager.public.registrations-per-minute")
    int perMinute;

    public Optional<Event> publishedEvent(long id) {
        return events.findByIdOptional(id)
                .filter(e -> e.status == EventStatus.PUBLISHED && e.endsAt.isAfter(OffsetDateTime.now()));
    }

    public List<Event> upcoming() {
        return events.list("status = ?1 and endsAt > ?2 order by startsAt, id", EventStatus.PUBLISHED,
                OffsetDateTime.now());
    }

    /**
     * Registers the person, or mails the ticket they already have again. Both end the same way
     * for the caller, so nobody learns from the answer whether an address was registered.
     */
    @Transactional
    public void register(long eventId, PublicRegistrationRequest request, String clientAddress) {
        rateLimiter.acquire("public-registration:" + clientAddress, perMinute);
        user.actAs(SystemActor.PUBLIC);
        if (request.website() != null && !request.website().isBlank()) {
            throw ApiException.invalidField("website", FieldErrorCode.NOT_ALLOWED, "must be left empty");
        }
        Event event = publishedEvent(eventId).orElseThrow(() -> ApiException.notFound("Event", eventId));
        Company company = companyService.findOrCreate(request.kvkNumber(), request.companyName());
        String email = request.email().trim().toLowerCase();
        Optional<Registration> existing = registrations.activeOfEmailAt(eventId, company.id, email);
        if (existing.isPresent()) {
            contacts.findByIdOptional(existing.get().contactId)
                    .ifPresent(contact -> registrationService.sendTicket(event, existing.get(), contact));
            return;
        }
        // The person's own record, as they entered it on this form: never a record a partner entered,
        // which the organisers would otherwise get to see with everything that partner wrote in it.
        Contact contact = contacts.find("companyId = ?1 and email = ?2 and erasedAt is null"
                + " and createdByPartnerId is null and consentSource = ?3", company.id, email, CONSENT_SOURCE)
                .firstResultOptional().orElseGet(() -> contactService.createWithConsent(company.id, request.name(), email,
                        "Aanmelding voor " + event.title + " en opvolging door het programma", CONSENT_SOURCE));
        registrationService.register(eventId, contact, Registration.Source.PUBLIC);
    }

    /** Cancels with the secret of the mailed cancel link; the ticket's token is no such secret. */
    @Transactional
    public Optional<RegistrationStatus> cancel(String cancelCode, String clientAddress) {
        rateLimiter.acquire("public-cancellation:" + clientAddress, perMinute * 4);
        user.actAs(SystemActor.PUBLIC);
        return registrationService.byCancelCode(cancelCode)
                .map(registration -> registrationService.cancel(registration).status);
    }
}
