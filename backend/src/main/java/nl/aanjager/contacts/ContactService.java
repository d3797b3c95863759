package nl.aanjager.contacts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import nl.aanjager.audit.AuditLog;
import nl.aanjager.audit.Changes;
import nl.aanjager.common.etag.ETags;
import nl.aanjager.common.paging.PageParams;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.common.problem.ProblemCode;
import nl.aanjager.common.security.AccessScope;
import nl.aanjager.companies.CompanyRepository;
import nl.aanjager.contacts.ContactDtos.ContactRequest;
import nl.aanjager.partners.PartnerRepository;

/**
 * Contact persons. Every read goes through {@link AccessScope}: a person the caller has no
 * relation to does not exist for them (404), so ids cannot be probed. A contact stays at its
 * company: moving a person is a merge of companies or a new contact.
 */
@ApplicationScoped
public class ContactService {
    @Inject
    ContactRepository contacts;

    @Inject
    CompanyRepository companies;

    @Inject
    PartnerRepository partners;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager entityManager;

    @Inject
    Event<ContactErased> erased;

    public PageResult<Contact> list(PageParams params, Long companyId) {
        StringBuilder where = new StringBuilder(scope.personCondition("c.id"));
        if (companyId != null) {
            where.append(" and c.company_id = :company");
        }
        if (params.hasSearch()) {
            where.append(" and (lower(c.name) like :q or lower(c.email) like :q)");
        }
        Query count = bind(entityManager.createNativeQuery("select count(*) from contact c where " + where), params,
                companyId);
        Query page = bind(entityManager.createNativeQuery("select c.* from contact c where " + where
                + " order by c.name nulls last, c.id limit :limit offset :offset", Contact.class), params, companyId)
                .setParameter("limit", params.size).setParameter("offset", (long) params.page * params.size);
        @SuppressWarnings("unchecked")
        List<Contact> items = page.getResultList();
        return new PageResult<>(items, ((Number) count.getSingleResult()).longValue(), params.page, params.size);
    }

    /** The contact, when the caller may see the person. */
    public Optional<Contact> find(long id) {
        return contacts.findByIdOptional(id).filter(contact -> scope.maySeePerson(contact.id));
    }

    @Transactional
    public Contact create(ContactRequest request) {
        Contact contact = new Contact();
        contact.createdAt = OffsetDateTime.now();
        contact.createdByPartnerId = scope.partnerOfCaller().orElse(null);
        apply(request, contact);
        contacts.persistAndFlush(contact);
        audit.record("contact.created", "contact", contact.id, contact.companyId, Changes.created(contact));
        return contact;
    }

    /**
     * A person who entered themselves (a public form, at the door) with the consent they gave
     * there: the same rules as any contact, but no partner entered them, so none owns the record.
     */
    @Transactional
    public Contact createWithConsent(long companyId, String name, String email, String consentPurpose,
            String consentSource) {
        Contact contact = new Contact();
        contact.createdAt = OffsetDateTime.now();
        apply(new ContactRequest(companyId, name, email, null, null, consentPurpose, contact.createdAt, consentSource,
                List.of()), contact);
        contacts.persistAndFlush(contact);
        audit.record("contact.created", "contact", contact.id, contact.companyId, Changes.created(contact));
        return contact;
    }

    @Transactional
    public Optional<Contact> update(long id, long expectedVersion, ContactRequest request) {
        return find(id).map(contact -> {
            ETags.checkVersion(contact.version, OptionalLong.of(expectedVersion));
            if (contact.erasedAt != null) {
                throw ApiException.conflict(ProblemCode.PERSON_ERASED,
                        "This person was erased; their record cannot be filled in again");
            }
            if (request.companyId() != contact.companyId) {
                throw ApiException.invalidField("companyId", FieldErrorCode.CANNOT_CHANGE, "a contact person stays at their company; merge the"
                        + " companies, or add the person at the other company");
            }
            var before = Changes.snapshot(contact);
            apply(request, contact);
            contacts.flush();
            audit.recordUpdate("contact.updated", "contact", id, contact.companyId, before, contact);
            return contact;
        });
    }

    /**
     * GDPR erasure: every personal value goes, here and wherever it was copied; the contact
     * row stays so that counts and history (a stage reached, an activity held) stay true.
     */
    @Transactional
    public Optional<Contact> erase(long id) {
        return contacts.findByIdOptional(id).map(contact -> {
            if (contact.erasedAt == null) {
                erased.fire(new ContactErased(contact.id, contact.companyId, contact.name, contact.email,
                        contact.phone));
                contact.name = null;
                contact.email = null;
                contact.phone = null;
                contact.jobTitle = null;
                contact.consentPurpose = null;
                contact.consentGivenAt = null;
                contact.consentSource = null;
                contact.sharedWithPartnerIds.clear();
                contact.erasedAt = OffsetDateTime.now();
                contacts.flush();
                int masked = audit.maskPerson(id);
                // the erasure's own entry names which fields went, never their values
                audit.record("contact.erased", "contact", id, contact.companyId,
                        Changes.of("erasedAt", null, contact.erasedAt),
                        "personal values erased; " + masked + " earlier audit entries masked");
            }
            return contact;
        });
    }

    @Transactional
    public void recordExport(Contact contact) {
        audit.record("contact.exported", "contact", contact.id, contact.companyId, Changes.none());
    }

    private void apply(ContactRequest request, Contact contact) {
        if (companies.findByIdOptional(request.companyId()).filter(c -> c.mergedIntoId == null).isEmpty()) {
            throw ApiException.invalidField("companyId", FieldErrorCode.NOT_FOUND, "no such company");
        }
        boolean anyConsent = checkConsent(request);
        contact.companyId = request.companyId();
        contact.name = request.name().trim();
        contact.email = isBlank(request.email()) ? null : request.email().trim().toLowerCase();
        contact.phone = isBlank(request.phone()) ? null : request.phone().trim();
        contact.jobTitle = isBlank(request.jobTitle()) ? null : request.jobTitle().trim();
        contact.consentPurpose = anyConsent ? request.consentPurpose().trim() : null;
        contact.consentSource = anyConsent ? request.consentSource().trim() : null;
        contact.consentGivenAt = anyConsent
                ? (request.consentGivenAt() == null ? OffsetDateTime.now() : request.consentGivenAt()) : null;
        applySharing(request, contact, anyConsent);
    }

    /**
     * Consent is whole or absent: what it is for and where it was given, both or neither. True
     * when the request carries consent. An import checks its rows with this before applying them.
     */
    public static boolean checkConsent(ContactRequest request) {
        boolean anyConsent = request.consentPurpose() != null || request.consentSource() != null
                || request.consentGivenAt() != null;
        if (anyConsent && (isBlank(request.consentPurpose()) || isBlank(request.consentSource()))) {
            throw ApiException.invalidField(isBlank(request.consentPurpose()) ? "consentPurpose" : "consentSource", FieldErrorCode.CONSENT_REQUIRED,
                    "consent needs both what it is for and where it was given");
        }
        return anyConsent;
    }

    /** The partners the person consented to be shared with: part of their consent, so it needs one. */
    private void applySharing(ContactRequest request, Contact contact, boolean anyConsent) {
        Set<Long> sharedWith = request.sharedWithPartnerIds() == null ? Set.of()
                : new HashSet<>(request.sharedWithPartnerIds());
        if (!sharedWith.isEmpty() && !anyConsent) {
            throw ApiException.invalidField("sharedWithPartnerIds", FieldErrorCode.CONSENT_REQUIRED,
                    "sharing with partners needs the person's consent: fill in what it is for and where it was given");
        }
        long known = sharedWith.isEmpty() ? 0 : partners.count("id in ?1", sharedWith);
        if (known != sharedWith.size()) {
            throw ApiException.invalidField("sharedWithPartnerIds", FieldErrorCode.NOT_FOUND, "names a partner that does not exist");
        }
        contact.sharedWithPartnerIds.retainAll(sharedWith);
        contact.sharedWithPartnerIds.addAll(sharedWith);
    }

    private Query bind(Query query, PageParams params, Long companyId) {
        scope.bindPartner(query);
        if (companyId != null) {
            query.setParameter("company", companyId);
        }
        if (params.hasSearch()) {
            query.setParameter("q", params.searchPattern());
        }
        return query;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
