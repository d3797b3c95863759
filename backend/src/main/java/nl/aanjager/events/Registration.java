package nl.aanjager.events;

import nl.aanjager.audit.NotAudited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A contact person registered for an event (aanmelding), with the secret of their ticket. */
@Entity
@Table(name = "registration")
public class Registration {
    public enum Source { STAFF, PARTNER, PUBLIC, WALK_IN }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_seq")
    @SequenceGenerator(name = "registration_seq", sequenceName = "registration_seq", allocationSize = 50)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public long eventId;

    @Column(name = "contact_id", nullable = false)
    public long contactId;

    @Column(name = "company_id", nullable = false)
    public long companyId;

    /** The secret in the QR code of the ticket, which the door (and anyone who sees the ticket) reads. */
    @Column(nullable = false)
    @NotAudited
    public String token;

    /** The secret of the public cancel link, mailed to the person only: a seen ticket cancels nothing. */
    @Column(name = "cancel_code", nullable = false)
    @NotAudited
    public String cancelCode;

    /** When the cancel link was mailed; empty for a registration that still has to be told its link. */
    @Column(name = "cancel_link_sent_at")
    public OffsetDateTime cancelLinkSentAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RegistrationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source;

    @Column(name = "walk_in", nullable = false)
    public boolean walkIn;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @Column(name = "checked_in_at")
    public OffsetDateTime checkedInAt;

    @Column(name = "checked_in_by")
    public String checkedInBy;

    @Column(name = "checked_in_device")
    public String checkedInDevice;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    @Version
    public long version;

    /** A new registration of a person at their company, with fresh secrets for ticket and cancel link. */
    public static Registration of(long eventId, long contactId, long companyId, Source source, String registeredBy,
            OffsetDateTime at) {
        Registration registration = new Registration();
        registration.eventId = eventId;
        registration.contactId = contactId;
        registration.companyId = companyId;
        registration.token = Tickets.newToken();
        registration.cancelCode = Tickets.newToken();
        registration.cancelLinkSentAt = at;
        registration.source = source;
        registration.walkIn = source == Source.WALK_IN;
        registration.registeredAt = at;
        registration.registeredBy = registeredBy;
        return registration;
    }
}
