package nl.aanjager.outcomes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.aanjager.programmes.Indicator;

/** What the support led to at one company: jobs, investment, a measure taken. */
@Entity
@Table(name = "outcome")
public class Outcome {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outcome_seq")
    @SequenceGenerator(name = "outcome_seq", sequenceName = "outcome_seq", allocationSize = 50)
    public Long id;

    @Column(name = "company_id", nullable = false)
    public long companyId;

    @Column(name = "partner_id", nullable = false)
    public long partnerId;

    @Column(name = "programme_id")
    public Long programmeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Indicator indicator;

    @Column(nullable = false)
    public BigDecimal value;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    public String evidence;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
