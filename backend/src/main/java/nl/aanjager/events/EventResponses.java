package nl.aanjager.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.aanjager.events.EventDtos.EventResponse;
import nl.aanjager.events.EventDtos.Organiser;
import nl.aanjager.partners.PartnerRepository;
import nl.aanjager.programmes.FunnelStage;
import nl.aanjager.programmes.FunnelStageRepository;
import nl.aanjager.programmes.ProgrammeRepository;
import nl.aanjager.programmes.Theme;

/**
 * Turns events into responses with the names of their programme, stage and organisers. Names go
 * with every event response: the door role may not list programmes or partners, and no reader
 * should have to fetch whole directories to name one event. A page of events costs three queries.
 */
@ApplicationScoped
public class EventResponses {
    @Inject
    ProgrammeRepository programmes;

    @Inject
    FunnelStageRepository stages;

    @Inject
    PartnerRepository partners;

    public EventResponse of(Event event) {
        return of(List.of(event)).get(0);
    }

    public List<EventResponse> of(List<Event> events) {
        Map<Long, String> programmeNames = byId(programmes.list("id in ?1",
                ids(events, e -> Set.of(e.programmeId))), p -> p.id, p -> p.name);
        Map<Long, FunnelStage> stagesById = byId(stages.list("id in ?1",
                ids(events, e -> e.stageId == null ? Set.of() : Set.of(e.stageId))), s -> s.id, s -> s);
        Map<Long, String> partnerNames = byId(partners.list("id in ?1",
                ids(events, e -> union(e.organiserIds, e.invitedOrganiserIds))), p -> p.id, p -> p.name);
        return events.stream().map(e -> {
            List<Long> organiserIds = e.organiserIds.stream().sorted().toList();
            List<Long> invitedIds = e.invitedOrganiserIds.stream().sorted().toList();
            FunnelStage stage = e.stageId == null ? null : stagesById.get(e.stageId);
            return new EventResponse(e.id, e.programmeId, e.title, e.description, e.type,
                    e.themes.stream().map(Theme::valueOf).toList(), e.venue, e.onlineUrl, e.startsAt, e.endsAt,
                    e.capacity, e.stageId, e.status, organiserIds, invitedIds, e.version,
                    programmeNames.get(e.programmeId), stage == null ? null : stage.code,
                    stage == null ? null : stage.name, organisers(organiserIds, partnerNames),
                    organisers(invitedIds, partnerNames));
        }).toList();
    }

    private static List<Organiser> organisers(List<Long> ids, Map<Long, String> names) {
        // an organiser is a partner (foreign key), so every id has a name
        return ids.stream().map(id -> new Organiser(id, names.get(id))).toList();
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }

    private static Set<Long> ids(List<Event> events, Function<Event, Collection<Long>> of) {
        Set<Long> ids = events.stream().flatMap(e -> of.apply(e).stream()).collect(Collectors.toSet());
        // "id in ()" is no valid SQL: a set that can match nothing stands in for an empty one
        return ids.isEmpty() ? Set.of(-1L) : ids;
    }

    private static <T, V> Map<Long, V> byId(List<T> rows, Function<T, Long> id, Function<T, V> value) {
        return rows.stream().collect(Collectors.toMap(id, value));
    }
}
