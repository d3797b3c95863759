package nl.aanjager.common.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.ProblemType;

/**
 * Object-level authorization in one place. Admin and staff see everything; a partner's
 * people and systems see every company's business data, but personal data of contact
 * persons only at companies their own partner works with (an activity, a referral either
 * way, or a contact they entered themselves).
 */
@RequestScoped
public class AccessScope {
    private static final String PARTNER_WORKS_WITH_COMPANY = """
            select exists (select 1 from activity where company_id = :company and partner_id = :partner)
                or exists (select 1 from referral where company_id = :company
                           and (from_partner_id = :partner or to_partner_id = :partner))
                or exists (select 1 from contact where company_id = :company and created_by_partner_id = :partner)
            """;

    @Inject
    CurrentUser user;

    @Inject
    EntityManager entityManager;

    private final Map<Long, Boolean> personalDataVisible = new HashMap<>();

    /** Admin and staff: the whole network. */
    public boolean seesEverything() {
        return user.hasRole(Roles.ADMIN) || user.hasRole(Roles.STAFF);
    }

    /** The partner a partner user or system acts for; refused when the token names none. */
    public long ownPartnerId() {
        return user.partnerId().orElseThrow(() -> new ApiException(ProblemType.FORBIDDEN,
                "Your token carries no partner_id claim; ask an administrator to link you to a partner"));
    }

    /** Whether this caller acts for the given partner (admin and staff act for all). */
    public boolean actsFor(long partnerId) {
        return seesEverything() || user.partnerId().map(own -> own == partnerId).orElse(false);
    }

    public boolean maySeePersonalDataAt(long companyId) {
        if (seesEverything()) {
            return true;
        }
        if (user.partnerId().isEmpty()) {
            return false;
        }
        return personalDataVisible.computeIfAbsent(companyId, id -> (Boolean) entityManager
                .createNativeQuery(PARTNER_WORKS_WITH_COMPANY)
                .setParameter("company", id)
                .setParameter("partner", user.partnerId().get())
                .getSingleResult());
    }

    /**
     * A native-SQL condition "this company's personal data is visible to the caller", for list
     * queries; bind the partner with {@link #bindPartner}. Always true for admin and staff.
     */
    public String personalDataCondition(String companyIdColumn) {
        if (seesEverything()) {
            return "true";
        }
        if (user.partnerId().isEmpty()) {
            return "false";
        }
        return "(" + companyIdColumn + " in (select company_id from activity where partner_id = :scopePartner"
                + " union select company_id from referral where from_partner_id = :scopePartner"
                + " or to_partner_id = :scopePartner"
                + " union select company_id from contact where created_by_partner_id = :scopePartner))";
    }

    public void bindPartner(jakarta.persistence.Query query) {
        if (!seesEverything() && user.partnerId().isPresent()) {
            query.setParameter("scopePartner", user.partnerId().get());
        }
    }

    /** The partner a partner caller acts for, or empty for admin and staff. */
    public java.util.Optional<Long> partnerOfCaller() {
        return seesEverything() ? java.util.Optional.empty() : java.util.Optional.of(ownPartnerId());
    }

    /**
     * Settles {@link #maySeePersonalDataAt} for a page of companies with one query, so that
     * mapping a list never asks once per row.
     */
    public void preload(java.util.Collection<Long> companyIds) {
        if (seesEverything() || user.partnerId().isEmpty()) {
            return;
        }
        java.util.List<Long> unknown = companyIds.stream().distinct()
                .filter(id -> !personalDataVisible.containsKey(id)).toList();
        if (unknown.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        java.util.List<Number> visible = entityManager.createNativeQuery("""
                select company_id from activity where partner_id = :partner and company_id in (:ids)
                union select company_id from referral where company_id in (:ids)
                  and (from_partner_id = :partner or to_partner_id = :partner)
                union select company_id from contact where created_by_partner_id = :partner and company_id in (:ids)
                """)
                .setParameter("partner", user.partnerId().get())
                .setParameter("ids", unknown)
                .getResultList();
        java.util.Set<Long> visibleIds = visible.stream().map(Number::longValue)
                .collect(java.util.stream.Collectors.toSet());
        unknown.forEach(id -> personalDataVisible.put(id, visibleIds.contains(id)));
    }

    /** Who is acting, for the record; "system" for work without a caller (start-up, jobs). */
    public String actor() {
        String name = user.username();
        return name == null || name.isBlank() ? "system" : name;
    }
}
