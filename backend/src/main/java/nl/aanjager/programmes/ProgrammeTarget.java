package nl.aanjager.programmes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** "N distinct companies reach stage S (or further) by a date", or "indicator I sums to N by a date". */
@Entity
@Table(name = "programme_target")
public class ProgrammeTarget {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_target_seq")
    @SequenceGenerator(name = "programme_target_seq", sequenceName = "programme_target_seq", allocationSize = 50)
    public Long id;

    @Column(name = "programme_id", nullable = false)
    public long programmeId;

    @Column(nullable = false)
    public String name;

    @Column(name = "stage_id")
    public Long stageId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Indicator indicator;

    @Column(name = "target_count", nullable = false)
    public int targetCount;

    @Column(nullable = false)
    public LocalDate deadline;

    @Version
    public long version;
}
