package nl.aanjager.referrals;

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
import java.time.OffsetDateTime;

/** A warm handover of a company from one partner to another (doorverwijzing). */
@Entity
@Table(name = "referral")
public class Referral {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_seq")
    @SequenceGenerator(name = "referral_seq", sequenceName = "referral_seq", allocationSize = 50)
    public Long id;

    @Column(name = "company_id", nullable = false)
    public long companyId;

    /** The person the receiving partner should speak to; it then sees that person. */
    @Column(name = "contact_id")
    public Long contactId;

    @Column(name = "from_partner_id", nullable = false)
    public long fromPartnerId;

    @Column(name = "to_partner_id", nullable = false)
    public long toPartnerId;

    @Column(nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralStatus status;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "responded_at")
    public OffsetDateTime respondedAt;

    @Column(name = "response_note")
    public String responseNote;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Version
    public long version;
}
