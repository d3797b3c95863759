package nl.aanjager.funnel;

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
import nl.aanjager.audit.NotAudited;

/**
 * "Company C reached stage S of programme P at time T, because of X, credited to partner Q."
 * Append-only: a record made in error is withdrawn (who, when, why), never changed or deleted.
 */
@Entity
@Table(name = "stage_record")
public class StageRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stage_record_seq")
    @SequenceGenerator(name = "stage_record_seq", sequenceName = "stage_record_seq", allocationSize = 50)
    public Long id;

    @Column(name = "company_id", nullable = false)
    public long companyId;

    @Column(name = "programme_id", nullable = false)
    public long programmeId;

    @Column(name = "stage_id", nullable = false)
    public long stageId;

    @Column(name = "reached_at", nullable = false)
    public OffsetDateTime reachedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StageSource source;

    /** The activity, registration or import row that caused it. */
    @Column(name = "source_id")
    public Long sourceId;

    @Column(name = "credited_partner_id")
    public Long creditedPartnerId;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    /**
     * Who withdrew it, as people read them; null for system work and records withdrawn before names
     * were kept. Not audited: the withdrawal's entry keeps the same name as its actor's.
     */
    @NotAudited
    @Column(name = "withdrawn_by_name")
    public String withdrawnByName;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;
}
