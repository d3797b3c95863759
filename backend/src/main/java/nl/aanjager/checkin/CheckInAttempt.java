package nl.aanjager.checkin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One scan or action at the door, kept for the organiser: the check-in history. */
@Entity
@Table(name = "check_in_attempt")
public class CheckInAttempt {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "check_in_attempt_seq")
    @SequenceGenerator(name = "check_in_attempt_seq", sequenceName = "check_in_attempt_seq", allocationSize = 50)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public long eventId;

    @Column(name = "registration_id")
    public Long registrationId;

    /** The phone's own id for a queued scan, so a replayed queue is applied once. */
    @Column(name = "client_id")
    public String clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CheckInOutcome outcome;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(name = "scanned_at")
    public OffsetDateTime scannedAt;

    @Column(name = "by_user", nullable = false)
    public String byUser;

    public String device;
}
