package nl.aanjager.events;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import nl.aanjager.audit.AuditLog;
import nl.aanjager.audit.Changes;
import nl.aanjager.common.etag.ETags;
import nl.aanjager.common.paging.PageParams;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.common.paging.SortSpec;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.common.problem.ProblemCode;
import nl.aanjager.common.security.AccessScope;
import nl.aanjager.common.security.CurrentUser;
import nl.aanjager.common.security.Roles;
import nl.aanjager.events.EventDtos.EventRequest;
import nl.aanjager.partners.PartnerRepository;
import nl.aanjager.programmes.FunnelStageRepository;
import nl.aanjager.programmes.ProgrammeRepository;

/**
 * Events and their life: draft → published → closed (or cancelled). Staff and organisers manage
 * them; a partner named as organiser by another partner is invited first. The door role reaches
 * only the events around now.
 */
@ApplicationScoped
public class EventService {
    @Inject
    EventRepository events;

    @Inject
    RegistrationRepository registrations;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    FunnelStageRepository stages;

    @Inject
    PartnerRepository partners;

    @Inject
    AccessScope scope;

    @Inject
    CurrentUser user;

    @Inject
    DoorConfig door;

    @Inject
    AuditLog audit;

    /**
     * @param invitedOnly a partner's events it is invited to organise and has not answered yet
     */
    public PageResult<Event> list(PageParams params, Long programmeId, EventStatus status, OffsetDateTime from,
            OffsetDateTime to, boolean invitedOnly) {
        if (onlyAtTheDoor()) {
            // the door reaches an event from reachesBeforeStart before it starts to reachesAfterEnd after it ends
            OffsetDateTime now = OffsetDateTime.now();
            OffsetDateTime earliestEnd = now.minus(door.reachesAfterEnd());
            OffsetDateTime latestStart = now.plus(door.reachesBeforeStart());
            from = from == null || from.isBefore(earliestEnd) ? earliestEnd : from;
            to = to == null || to.isAfter(latestStart) ? latestStart : to;
        }
        Long invited = invitedOnly ? scope.ownPartnerId() : null;
        PanacheQuery<Event> query = events.search(programmeId, status, from, to,
                params.hasSearch() ? params.searchPattern() : null, invited,
                SortSpec.parse(params.sort, java.util.Map.of("startsAt", "startsAt", "title", "title"), "startsAt"));
        return new PageResult<>(query.page(params.page, params.size).list(), query.count(), params.page, params.size);
    }

    /** The event, when the caller reaches it: anyone logged in, but the door role only around now. */
    public Optional<Event> find(long id) {
        return events.findByIdOptional(id).filter(this::doorReaches);
    }

    /** Whether the caller works the door only (checkin role), and so reaches only today's events. */
    private boolean onlyAtTheDoor() {
        return user.hasRole(Roles.CHECKIN) && !scope.seesEverything() && !user.hasRole(Roles.PARTNER);
    }

    private boolean doorReaches(Event event) {
        if (!onlyAtTheDoor()) {
            return true;
        }
        OffsetDateTime now = OffsetDateTime.now();
        return !now.isBefore(event.startsAt.minus(door.reachesBeforeStart()))
                && !now.isAfter(event.endsAt.plus(door.reachesAfterEnd()));
    }

    /** The event, when the caller may manage it: admin, staff, or one of its organisers. */
    public Optional<Event> managed(long id) {
        return events.findByIdOptional(id).filter(this::mayManage);
    }

    public boolean mayManage(Event event) {
        return scope.seesEverything() || event.organiserIds.stream().anyMatch(scope::actsFor);
    }

    @Transactional
    public Event create(EventRequest request) {
        Event event = new Event();
        event.status = EventStatus.DRAFT;
        event.createdAt = OffsetDateTime.now();
        apply(request, event);
        events.persistAndFlush(event);
        // the partners invited to organise are part of what was created (invitedOrganiserIds)
        audit.record("event.created", "event", event.id, null, Changes.created(event));
        return event;
    }

    @Transactional
    public Optional<Event> update(long id, long expectedVersion, EventRequest request) {
        return managed(id).map(event -> {
            ETags.checkVersion(event.version, OptionalLong.of(expectedVersion));
            if (event.status == EventStatus.CLOSED || event.status == EventStatus.CANCELLED) {
                throw ApiException.conflict(ProblemCode.EVENT_CLOSED,
                        "The event is " + event.status.name().toLowerCase() + "; it cannot change", "status", event.status);
            }
            var before = Changes.snapshot(event);
            apply(request, event);
            events.flush();
            audit.recordUpdate("event.updated", "event", id, null, before, event);
            return event;
        });
    }

    @Transactional
    public Optional<Event> publish(long id) {
        return transition(id, Set.of(EventStatus.DRAFT), EventStatus.PUBLISHED, () -> null);
    }

    @Transactional
    public Optional<Event> cancel(long id) {
        return transition(id, Set.of(EventStatus.DRAFT, EventStatus.PUBLISHED), EventStatus.CANCELLED, () -> null);
    }

    /** Closes the event: whoever registered and did not come is a no-show from now on. */
    @Transactional
    public Optional<Event> close(long id) {
        return transition(id, Set.of(EventStatus.PUBLISHED), EventStatus.CLOSED, () -> {
            long noShows = registrations.update("status = ?1 where eventId = ?2 and status = ?3",
                    RegistrationStatus.NO_SHOW, id, RegistrationStatus.REGISTERED);
            return noShows + " registrations without a check-in became no-shows";
        });
    }

    /** @param consequence what else the transition does; its description goes with the audit entry */
    private Optional<Event> transition(long id, Set<EventStatus> from, EventStatus to,
            java.util.function.Supplier<String> consequence) {
        return managed(id).map(event -> {
            if (!from.contains(event.status)) {
                throw ApiException.conflict(ProblemCode.EVENT_STATUS, "The event is " + event.status.name().toLowerCase()
                        + "; it cannot become " + to.name().toLowerCase(), "from", event.status, "to", to);
            }
            EventStatus was = event.status;
            event.status = to;
            events.flush();
            String detail = consequence.get();
            audit.record("event." + to.name().toLowerCase(), "event", id, null, Changes.of("status", was, to), detail);
            return event;
        });
    }

    /** Applies the request; returns the partners it newly invites to organise. */
    private Set<Long> apply(EventRequest request, Event event) {
        if (programmes.findByIdOptional(request.programmeId()).isEmpty()) {
            throw ApiException.invalidField("programmeId", FieldErrorCode.NOT_FOUND, "no such programme");
        }
        if (request.stageId() != null && stages.findInProgramme(request.programmeId(), request.stageId()).isEmpty()) {
            throw ApiException.invalidField("stageId", FieldErrorCode.DOES_NOT_BELONG, "is not a stage of this programme");
        }
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw ApiException.invalidField("endsAt", FieldErrorCode.BEFORE_OTHER, "must be after startsAt");
        }
        Set<Long> named = new HashSet<>(request.organiserIds() == null ? Set.of() : request.organiserIds());
        for (Long partner : named) {
            if (partners.findByIdOptional(partner).isEmpty()) {
                throw ApiException.invalidField("organiserIds", FieldErrorCode.NOT_FOUND, "no partner " + partner);
            }
        }
        Set<Long> newlyInvited = nameOrganisers(event, named);
        event.programmeId = request.programmeId();
        event.title = request.title().trim();
        event.description = request.description();
        event.type = request.type();
        event.themes = request.themes() == null ? new ArrayList<>()
                : new ArrayList<>(request.themes().stream().sorted().map(Enum::name).toList());
        event.venue = request.venue();
        event.onlineUrl = request.onlineUrl();
        event.startsAt = request.startsAt();
        event.endsAt = request.endsAt();
        event.capacity = request.capacity();
        event.stageId = request.stageId();
        return newlyInvited;
    }

    /**
     * A partner organises its own events; another partner it names is invited, since organising
     * brings that partner the registrants' personal data, the attendance credit and its name on the
     * event: it decides. Organisers that accepted stay until staff remove them. Staff and admins
     * name organisers directly, but an open invitation they name again stays open: the partner
     * still decides. Invitations no longer named are withdrawn.
     */
    private Set<Long> nameOrganisers(Event event, Set<Long> named) {
        Optional<Long> own = scope.partnerOfCaller();
        Set<Long> organisers = new HashSet<>(own.isPresent() ? event.organiserIds : named);
        own.ifPresent(organisers::add);
        if (own.isEmpty()) {
            organisers.removeAll(event.invitedOrganiserIds);
        }
        Set<Long> invited = new HashSet<>(named);
        invited.removeAll(organisers);
        Set<Long> newlyInvited = new HashSet<>(invited);
        newlyInvited.removeAll(event.invitedOrganiserIds);
        event.organiserIds.retainAll(organisers);
        event.organiserIds.addAll(organisers);
        event.invitedOrganiserIds.retainAll(invited);
        event.invitedOrganiserIds.addAll(invited);
        return newlyInvited;
    }

    /** The caller's partner accepts the invitation to organise: from now on it manages the event too. */
    @Transactional
    public Optional<Event> acceptInvitation(long id) {
        return answerInvitation(id, true);
    }

    /** The caller's partner declines the invitation; the event goes on without it. */
    @Transactional
    public Optional<Event> declineInvitation(long id) {
        return answerInvitation(id, false);
    }

    private Optional<Event> answerInvitation(long id, boolean accept) {
        long own = scope.ownPartnerId();
        return events.findByIdOptional(id).map(event -> {
            var before = Changes.snapshot(event);
            if (!event.invitedOrganiserIds.remove(own)) {
                throw ApiException.conflict(ProblemCode.NO_INVITATION,
                        "Your partner has no open invitation to organise this event");
            }
            if (accept) {
                event.organiserIds.add(own);
            }
            events.flush();
            audit.record(accept ? "event.invitation-accepted" : "event.invitation-declined", "event", id, null,
                    Changes.between(before, Changes.snapshot(event)));
            return event;
        });
    }
}
