package nl.aanjager.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Who did what to which record, when. Append-only: nothing updates or deletes these rows. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(nullable = false)
    public String actor;

    /** The actor as people read them, from the token when they acted; null for system work. */
    @Column(name = "actor_name")
    public String actorName;

    @Column(nullable = false)
    public String action;

    @Column(name = "entity_type", nullable = false)
    public String entityType;

    @Column(name = "entity_id", nullable = false)
    public long entityId;

    @Column(name = "company_id")
    public Long companyId;

    public String detail;

    /** The partner the actor acted for; null for the municipality's people and for the system. */
    @Column(name = "actor_partner_id")
    public Long actorPartnerId;

    /** Per changed field its value before and after, as JSON; masked when the person was erased. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String changes;

    /** The contact person whose personal values this entry holds, so that erasure can mask them. */
    @Column(name = "person_id")
    public Long personId;

    @Column(name = "masked_at")
    public OffsetDateTime maskedAt;
}
