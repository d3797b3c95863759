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
import nl.aanjager.common.etag.ETags;
import nl.aanjager.common.paging.PageParams;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.common.paging.SortSpec;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.security.AccessScope;
import nl.aanjager.events.EventDtos.EventRequest;
import nl.aanjager.partners.PartnerRepository;
import nl.aanjager.programmes.FunnelStageRepository;
import nl.aanjager.programmes.ProgrammeRepository;

/** Events and their life: draft → published → closed (or cancelled). Staff and organisers manage them. */
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
    AuditLog audit;

    public PageResult<Event> list(PageParams params, Long programmeId, EventStatus status, OffsetDateTime from,
            OffsetDateTime to) {
        PanacheQuery<Event> query = events.search(programmeId, status, from, to,
                params.hasSearch() ? params.searchPattern() : null,
                SortSpec.parse(params.sort, java.util.Map.of("startsAt", "startsAt", "title", "title"), "startsAt"));
        return new PageResult<>(query.page(params.page, params.size).list(), query.count(), params.page, params.size);
    }

    public Optional<Event> find(long id) {
        return events.findByIdOptional(id);
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
        audit.record("event.created", "event", event.id, null, event.title);
        return event;
    }

    @Transactional
    public Optional<Event> update(long id, long expectedVersion, EventRequest request) {
        return managed(id).map(event -> {
            ETags.checkVersion(event.version, OptionalLong.of(expectedVersion));
            if (event.status == EventStatus.CLOSED || event.status == EventStatus.CANCELLED) {
                throw ApiException.conflict("The event is " + event.status.name().toLowerCase() + "; it cannot change");
            }
            apply(request, event);
            events.flush();
            audit.record("event.updated", "event", id, null, null);
            return event;
        });
    }

    @Transactional
    public Optional<Event> publish(long id) {
        return transition(id, Set.of(EventStatus.DRAFT), EventStatus.PUBLISHED);
    }

    @Transactional
    public Optional<Event> cancel(long id) {
        return transition(id, Set.of(EventStatus.DRAFT, EventStatus.PUBLISHED), EventStatus.CANCELLED);
    }

    /** Closes the event: whoever registered and did not come is a no-show from now on. */
    @Transactional
    public Optional<Event> close(long id) {
        Optional<Event> closed = transition(id, Set.of(EventStatus.PUBLISHED), EventStatus.CLOSED);
        closed.ifPresent(event -> {
            long noShows = registrations.update("status = ?1 where eventId = ?2 and status = ?3",
                    RegistrationStatus.NO_SHOW, id, RegistrationStatus.REGISTERED);
            audit.record("event.closed", "event", id, null, noShows + " no-shows");
        });
        return closed;
    }

    private Optional<Event> transition(long id, Set<EventStatus> from, EventStatus to) {
        return managed(id).map(event -> {
            if (!from.contains(event.status)) {
                throw ApiException.conflict("The event is " + event.status.name().toLowerCase() + "; it cannot become "
                        + to.name().toLowerCase());
            }
            event.status = to;
            events.flush();
            audit.record("event." + to.name().toLowerCase(), "event", id, null, null);
            return event;
        });
    }

    private void apply(EventRequest request, Event event) {
        if (programmes.findByIdOptional(request.programmeId()).isEmpty()) {
            throw ApiException.invalidField("programmeId", "no such programme");
        }
        if (request.stageId() != null && stages.findInProgramme(request.programmeId(), request.stageId()).isEmpty()) {
            throw ApiException.invalidField("stageId", "is not a stage of this programme");
        }
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw ApiException.invalidField("endsAt", "must be after startsAt");
        }
        Set<Long> organisers = new HashSet<>(request.organiserIds() == null ? Set.of() : request.organiserIds());
        scope.partnerOfCaller().ifPresent(organisers::add);
        for (Long partner : organisers) {
            if (partners.findByIdOptional(partner).isEmpty()) {
                throw ApiException.invalidField("organiserIds", "no partner " + partner);
            }
        }
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
        event.organiserIds = organisers;
    }
}
