package nl.aanjager.retention;

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

/** One run of the retention job: when, up to which moment, how many persons, started by whom. */
@Entity
@Table(name = "retention_run")
public class RetentionRun {
    public enum Trigger { SCHEDULE, ADMIN }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "retention_run_seq")
    @SequenceGenerator(name = "retention_run_seq", sequenceName = "retention_run_seq", allocationSize = 50)
    public Long id;

    @Column(name = "started_at", nullable = false)
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    @Column(nullable = false)
    public OffsetDateTime cutoff;

    @Column(nullable = false)
    public int anonymised;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false)
    public Trigger trigger;

    @Column(name = "triggered_by", nullable = false)
    public String triggeredBy;

    /** The admin who started the run by hand, as people read them; null for scheduled runs. */
    @Column(name = "triggered_by_name")
    public String triggeredByName;

    public String error;
}
