package nl.aanjager.activities;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A partner's interaction with a company, with the themes and needs it touched. */
@Entity
@Table(name = "activity")
public class Activity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_seq")
    @SequenceGenerator(name = "activity_seq", sequenceName = "activity_seq", allocationSize = 50)
    public Long id;

    @Column(name = "partner_id", nullable = false)
    public long partnerId;

    @Column(name = "company_id", nullable = false)
    public long companyId;

    @Column(name = "contact_id")
    public Long contactId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityType type;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    public String summary;

    /** A confidential summary is shown to its own partner, admin and staff only. */
    @Column(nullable = false)
    public boolean confidential;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> themes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> needs = new ArrayList<>();

    /** The funnel stage this activity credits, if any. */
    @Column(name = "programme_id")
    public Long programmeId;

    @Column(name = "stage_id")
    public Long stageId;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
