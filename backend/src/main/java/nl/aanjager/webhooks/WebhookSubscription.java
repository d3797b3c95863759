package nl.aanjager.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A partner's (or, without a partner, the municipality's) endpoint for webhook events. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_subscription_seq")
    @SequenceGenerator(name = "webhook_subscription_seq", sequenceName = "webhook_subscription_seq", allocationSize = 50)
    public Long id;

    /** The owner, whose view of the data the events follow; null: the municipality's, receiving everything. */
    @Column(name = "partner_id")
    public Long partnerId;

    @Column(nullable = false)
    public String url;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types", nullable = false, columnDefinition = "text[]")
    public List<String> eventTypes = new ArrayList<>();

    public String description;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "disabled_at")
    public OffsetDateTime disabledAt;

    @Column(name = "failing_since")
    public OffsetDateTime failingSince;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
