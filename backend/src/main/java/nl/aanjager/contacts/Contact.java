package nl.aanjager.contacts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** A person at a company (contactpersoon): personal data under the GDPR. */
@Entity
@Table(name = "contact")
public class Contact {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_seq")
    @SequenceGenerator(name = "contact_seq", sequenceName = "contact_seq", allocationSize = 50)
    public Long id;

    @Column(name = "company_id", nullable = false)
    public long companyId;

    public String name;

    public String email;

    public String phone;

    @Column(name = "job_title")
    public String jobTitle;

    @Column(name = "consent_purpose")
    public String consentPurpose;

    @Column(name = "consent_given_at")
    public OffsetDateTime consentGivenAt;

    @Column(name = "consent_source")
    public String consentSource;

    /** The partners the person consented to be shared with (part of their consent). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contact_sharing", joinColumns = @JoinColumn(name = "contact_id"))
    @Column(name = "partner_id")
    @BatchSize(size = 200)
    public Set<Long> sharedWithPartnerIds = new HashSet<>();

    @Column(name = "created_by_partner_id")
    public Long createdByPartnerId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** Set by erasure: every personal field is then empty for good. */
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;

    @Version
    public long version;
}
