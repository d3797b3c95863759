package nl.aanjager.checkin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import nl.aanjager.audit.AuditLog;
import nl.aanjager.audit.Changes;
import nl.aanjager.checkin.CheckInDtos.CheckInResult;
import nl.aanjager.checkin.CheckInDtos.ScanRequest;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.common.problem.ProblemCode;
import nl.aanjager.common.security.AccessScope;
import nl.aanjager.events.Event;
import nl.aanjager.events.EventService;
import nl.aanjager.events.Registration;
import nl.aanjager.events.RegistrationRepository;
import nl.aanjager.events.RegistrationStatus;
import nl.aanjager.events.Tickets;
import nl.aanjager.funnel.FunnelService;
import nl.aanjager.funnel.StageSource;
import nl.aanjager.common.time.ProgrammeCalendar;

/**
 * Check-in at the door. Admission takes the registration's row lock and re-reads it, so any
 * number of simultaneous scans of one ticket admit it once and credit the funnel once; every
 * scan, good or bad, is kept for the organiser.
 */
@ApplicationScoped
public class CheckInService {
    @Inject
    ProgrammeCalendar calendar;

    /** A check-in made by mistake can be undone this long afterwards. */
    static final Duration UNDO_WINDOW = Duration.ofMinutes(15);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /** Finds events as the caller reaches them: the door role only those around now. */
    @Inject
    EventService eventService;

    @Inject
    RegistrationRepository registrations;

    @Inject
    CheckInAttemptRepository attempts;

    @Inject
    Tickets tickets;

    @Inject
    FunnelService funnel;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager entityManager;

    /**
     * @param offlineReplay a queued scan from a phone: another device's earlier check-in is a
     *     CONFLICT to report, not a plain "already checked in"
     */
    @Transactional
    public CheckInResult scan(long eventId, ScanRequest scan, boolean offlineReplay) {
        Event event = eventService.find(eventId).orElseThrow(() -> ApiException.notFound("Event", eventId));
        if (scan.clientId() != null) {
            Optional<CheckInAttempt> earlier = attempts.byClientId(eventId, scan.clientId());
            if (earlier.isPresent()) {
                return replayOf(earlier.get(), scan);
            }
        }
        OffsetDateTime now = OffsetDateTime.now();
        OffsetDateTime at = scan.scannedAt() == null || scan.scannedAt().isAfter(now) ? now : scan.scannedAt();
        Resolved resolved = resolve(event, scan);
        if (resolved.refusal() != null) {
            return record(event, null, scan, at, resolved.refusal(), resolved.detail());
        }
        Registration registration = resolved.registration();
        if (!event.isOpenForCheckIn(at)) {
            return record(event, registration, scan, at, CheckInOutcome.NOT_OPEN,
                    "Check-in for this event is not open (" + event.status.name().toLowerCase() + ", doors open "
                            + clockTime(event.startsAt.minus(Event.CHECK_IN_MARGIN)) + ")");
        }
        if (registration.status == RegistrationStatus.CANCELLED || registration.status == RegistrationStatus.NO_SHOW) {
            return record(event, registration, scan, at, CheckInOutcome.CANCELLED, "This registration was cancelled");
        }
        if (registration.status == RegistrationStatus.WAITLISTED) {
            return record(event, registration, scan, at, CheckInOutcome.WAITLISTED,
                    "This person is on the waitlist and has no place");
        }
        if (registration.status == RegistrationStatus.REGISTERED) {
            var before = Changes.snapshot(registration);
            registration.status = RegistrationStatus.CHECKED_IN;
            registration.checkedInAt = at;
            registration.checkedInBy = scope.actor();
            registration.checkedInDevice = scan.device();
            credit(event, registration);
            audit.recordUpdate("check-in.admitted", "registration", registration.id, registration.companyId, before,
                    registration);
            return record(event, registration, scan, at, CheckInOutcome.CHECKED_IN, null);
        }
        boolean otherDevice = !Objects.equals(registration.checkedInDevice, scan.device());
        CheckInOutcome outcome = offlineReplay && otherDevice ? CheckInOutcome.CONFLICT
                : CheckInOutcome.ALREADY_CHECKED_IN;
        return record(event, registration, scan, at, outcome, "Already checked in at "
                + clockTime(registration.checkedInAt) + " by " + registration.checkedInBy
                + (registration.checkedInDevice == null ? "" : " (" + registration.checkedInDevice + ")"));
    }

    /** Undoes a check-in made by mistake, within {@link #UNDO_WINDOW}; the funnel credit is withdrawn. */
    @Transactional
    public CheckInResult undo(long eventId, long registrationId, String device) {
        Event event = eventService.find(eventId).orElseThrow(() -> ApiException.notFound("Event", eventId));
        Registration registration = registrations.findByIdOptional(registrationId)
                .filter(r -> r.eventId == eventId)
                .orElseThrow(() -> ApiException.notFound("Registration", registrationId));
        if (registration.status != RegistrationStatus.CHECKED_IN) {
            throw ApiException.conflict(ProblemCode.NOT_CHECKED_IN, "This registration is not checked in");
        }
        if (registration.checkedInAt.plus(UNDO_WINDOW).isBefore(OffsetDateTime.now())) {
            throw ApiException.conflict(ProblemCode.UNDO_TOO_LATE, "A check-in can be undone for "
                    + UNDO_WINDOW.toMinutes() + " minutes; this one was at " + clockTime(registration.checkedInAt),
                    "minutes", UNDO_WINDOW.toMinutes());
        }
        var before = Changes.snapshot(registration);
        registration.status = registration.walkIn ? RegistrationStatus.CANCELLED : RegistrationStatus.REGISTERED;
        registration.checkedInAt = null;
        registration.checkedInBy = null;
        registration.checkedInDevice = null;
        funnel.withdrawFromSource(StageSource.EVENT_ATTENDANCE, registration.id, "check-in undone");
        audit.recordUpdate("check-in.undone", "registration", registration.id, registration.companyId, before,
                registration);
        return record(event, registration, new ScanRequest(null, registrationId, device, null, null),
                OffsetDateTime.now(), CheckInOutcome.UNDONE, null);
    }

    /** Credits the event's stage to the company, once per organising partner (none: uncredited). */
    void credit(Event event, Registration registration) {
        if (event.stageId == null) {
            return;
        }
        funnel.recordAttendance(registration.companyId, event.programmeId, event.stageId, registration.checkedInAt,
                registration.id, event.organiserIds);
    }

    CheckInResult record(Event event, Registration registration, ScanRequest scan, OffsetDateTime at,
            CheckInOutcome outcome, String detail) {
        CheckInAttempt attempt = new CheckInAttempt();
        attempt.eventId = event.id;
        attempt.registrationId = registration == null ? null : registration.id;
        attempt.clientId = scan.clientId();
        attempt.outcome = outcome;
        attempt.at = OffsetDateTime.now();
        attempt.scannedAt = at;
        attempt.byUser = scope.actor();
        attempt.device = scan.device();
        attempts.persist(attempt);
        return result(outcome, scan.clientId(), registration, detail);
    }

    CheckInResult result(CheckInOutcome outcome, String clientId, Registration registration, String detail) {
        if (registration == null) {
            return new CheckInResult(outcome, clientId, null, null, null, null, null, null, detail);
        }
        Object[] names = (Object[]) entityManager.createNativeQuery("""
                select p.name, c.name from contact p join company c on c.id = ?2 where p.id = ?1
                """).setParameter(1, registration.contactId).setParameter(2, registration.companyId).getSingleResult();
        return new CheckInResult(outcome, clientId, registration.id, (String) names[0], (String) names[1],
                registration.checkedInAt,
                registration.checkedInBy, registration.checkedInDevice, detail);
    }

    private CheckInResult replayOf(CheckInAttempt earlier, ScanRequest scan) {
        Registration registration = earlier.registrationId == null ? null
                : registrations.findById(earlier.registrationId);
        return result(earlier.outcome, scan.clientId(), registration, "Applied before; nothing changed");
    }

    /**
     * The registration, read under its row lock: simultaneous scans of one ticket queue here,
     * and each sees the state the one before it left, so the first admits and the rest do not.
     */
    private Optional<Registration> locked(long registrationId) {
        return Optional.ofNullable(entityManager.find(Registration.class, registrationId,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    private record Resolved(Registration registration, CheckInOutcome refusal, String detail) {
    }

    private Resolved resolve(Event event, ScanRequest scan) {
        if (scan.ticket() != null && !scan.ticket().isBlank()) {
            Optional<Tickets.Ticket> ticket = tickets.verify(scan.ticket());
            if (ticket.isEmpty()) {
                Optional<Long> claimed = Tickets.claimedEvent(scan.ticket());
                return claimed.isPresent() && claimed.get() != event.id
                        ? new Resolved(null, CheckInOutcome.WRONG_EVENT, "This ticket is for another event")
                        : new Resolved(null, CheckInOutcome.UNKNOWN_TICKET, "This is not a ticket of ours");
            }
            if (ticket.get().eventId() != event.id) {
                return new Resolved(null, CheckInOutcome.WRONG_EVENT, "This ticket is for another event");
            }
            return locked(ticket.get().registrationId())
                    .filter(r -> r.eventId == event.id && r.token.equals(ticket.get().token()))
                    .map(r -> new Resolved(r, null, null))
                    .orElse(new Resolved(null, CheckInOutcome.UNKNOWN_TICKET, "No registration has this ticket"));
        }
        if (scan.registrationId() != null) {
            return locked(scan.registrationId())
                    .map(r -> r.eventId == event.id ? new Resolved(r, null, null)
                            : new Resolved(null, CheckInOutcome.WRONG_EVENT, "This registration is for another event"))
                    .orElse(new Resolved(null, CheckInOutcome.UNKNOWN_TICKET, "No such registration"));
        }
        throw ApiException.invalidField("ticket", FieldErrorCode.ONE_OF, "give the scanned ticket or a registrationId");
    }

    /** A moment as the door reads it: the city's wall clock. */
    private String clockTime(java.time.temporal.TemporalAccessor moment) {
        return CLOCK.withZone(calendar.zone()).format(moment);
    }
}
