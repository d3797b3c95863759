package nl.aanjager.programmes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One ordered stage of a programme's funnel (inspired, informed, activated, ...). */
@Entity
@Table(name = "funnel_stage")
public class FunnelStage {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "funnel_stage_seq")
    @SequenceGenerator(name = "funnel_stage_seq", sequenceName = "funnel_stage_seq", allocationSize = 50)
    public Long id;

    @Column(name = "programme_id", nullable = false)
    public long programmeId;

    /** Stable key for scripts and translations; the name is what people read. */
    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    /** 1 for the first stage; higher is further down the funnel. */
    @Column(nullable = false)
    public int position;

    @Version
    public long version;
}
