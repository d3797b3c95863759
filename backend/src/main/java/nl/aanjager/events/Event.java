package nl.aanjager.events;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A programme event (bijeenkomst): its organisers, capacity and the stage attendance credits. */
@Entity
@Table(name = "event")
public class Event {
    /** Doors open this long before the start; check-in stays open this long after the end. */
    public static final Duration CHECK_IN_MARGIN = Duration.ofHours(2);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
    public Long id;

    @Column(name = "programme_id", nullable = false)
    public long programmeId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventType type;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> themes = new ArrayList<>();

    public String venue;

    @Column(name = "online_url")
    public String onlineUrl;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;

    /** Places; no limit when empty. */
    public Integer capacity;

    @Column(name = "stage_id")
    public Long stageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventStatus status;

    /** Organising partners that accepted: they manage the event, see who registered and are credited. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_organiser", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "partner_id")
    public Set<Long> organiserIds = new HashSet<>();

    /** Partners named as organisers that have not accepted yet: they manage nothing until they do. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_organiser_invitation", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "partner_id")
    public Set<Long> invitedOrganiserIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public boolean isOpenForCheckIn(OffsetDateTime now) {
        return status == EventStatus.PUBLISHED && !now.isBefore(startsAt.minus(CHECK_IN_MARGIN))
                && !now.isAfter(endsAt.plus(CHECK_IN_MARGIN));
    }
}
