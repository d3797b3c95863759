package nl.aanjager.common.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.common.problem.ProblemCode;
import nl.aanjager.common.problem.ProblemType;
import nl.aanjager.common.sql.SqlConditions;

/**
 * Object-level authorization in one place (README "Who sees what"). Admin and staff see
 * everything. A partner's people and systems see every company's master data, but a person
 * only through their partner's own relation to that person: it entered the person, the person
 * is named on its own activity or on a referral to or from it, the person registered for an
 * event it organises, or the person consented to be shared with it. Every way to create such a
 * relation that names an existing person requires seeing that person first, so writing never
 * widens what a partner sees.
 *
 * <p>The relations are defined once, in SQL (the views {@code partner_person_relation} and
 * {@code partner_company_relation}, migration V9), and kept as facts by triggers: here a check is
 * an index lookup in {@code partner_person} or {@code partner_company}, whichever writer changed
 * the relations (the API, a merge, an import, a fix in psql).
 */
@RequestScoped
public class AccessScope {
    private static final String VISIBLE_PEOPLE =
            "select pp.contact_id from partner_person pp where pp.partner_id = :scopePartner";

    /** The parameter {@link #personCondition} names the caller's partner by. */
    private static final String PARTNER_PARAMETER = "scopePartner";

    @Inject
    CurrentUser user;

    @Inject
    EntityManager entityManager;

    private final Map<Long, Boolean> personVisible = new HashMap<>();

    /** Admin and staff: the whole network. */
    public boolean seesEverything() {
        return user.hasRole(Roles.ADMIN) || user.hasRole(Roles.STAFF);
    }

    /** The partner a partner user or system acts for; refused when the token names none. */
    public long ownPartnerId() {
        return user.partnerId().orElseThrow(() -> ApiException.of(ProblemType.FORBIDDEN, ProblemCode.NO_PARTNER,
                "Your token carries no partner_id claim; ask an administrator to link you to a partner"));
    }

    /** Whether this caller acts for the given partner (admin and staff act for all). */
    public boolean actsFor(long partnerId) {
        return seesEverything() || user.partnerId().map(own -> own == partnerId).orElse(false);
    }

    /** The partner a partner caller acts for, or empty for admin and staff. */
    public Optional<Long> partnerOfCaller() {
        return seesEverything() ? Optional.empty() : Optional.of(ownPartnerId());
    }

    /**
     * A filter on a partner's relationships (the companies it works with, its credits, its
     * activities) is the caller's own business only: another partner's id is refused, so that no
     * partner reads a competitor's client list.
     */
    public void refuseOtherPartnersRelationships(String field, Long partnerId) {
        if (partnerId != null && !actsFor(partnerId)) {
            throw ApiException.forbiddenField(field, FieldErrorCode.OWN_PARTNER_ONLY, "a partner filters on its own partner's relationships only");
        }
    }

    /** Whether the caller may see this person's personal data. */
    public boolean maySeePerson(long contactId) {
        if (seesEverything()) {
            return true;
        }
        preloadPeople(List.of(contactId));
        return personVisible.getOrDefault(contactId, false);
    }

    /** Settles {@link #maySeePerson} for a page of people with one query, never one per row. */
    public void preloadPeople(Collection<Long> contactIds) {
        if (seesEverything()) {
            return;
        }
        List<Long> unknown = contactIds.stream().distinct().filter(id -> !personVisible.containsKey(id)).toList();
        if (unknown.isEmpty()) {
            return;
        }
        if (user.partnerId().isEmpty()) {
            unknown.forEach(id -> personVisible.put(id, false));
            return;
        }
        @SuppressWarnings("unchecked")
        List<Number> visible = entityManager.createNativeQuery(VISIBLE_PEOPLE + " and pp.contact_id in (:ids)")
                .setParameter(PARTNER_PARAMETER, user.partnerId().get())
                .setParameter("ids", unknown)
                .getResultList();
        Set<Long> visibleIds = visible.stream().map(Number::longValue).collect(Collectors.toSet());
        unknown.forEach(id -> personVisible.put(id, visibleIds.contains(id)));
    }

    /**
     * A native-SQL condition "the caller may see this person", for list queries; bind the
     * partner with {@link #bindPartner}.
     */
    public String personCondition(String contactIdColumn) {
        if (seesEverything()) {
            return "true";
        }
        if (user.partnerId().isEmpty()) {
            return "false";
        }
        return "(" + contactIdColumn + " in (" + VISIBLE_PEOPLE + "))";
    }

    /**
     * "The partner works with the company" (an activity, a referral either way, a contact it
     * entered, or a funnel credit that stands), the one SQL fragment for it: the relation is kept
     * as facts in {@code partner_company} (V9). Both arguments are SQL expressions, a column or a
     * bound parameter.
     */
    public static String worksWith(String partnerExpression, String companyIdExpression) {
        return "exists (select 1 from partner_company worked where worked.partner_id = " + partnerExpression
                + " and worked.company_id = " + companyIdExpression + ")";
    }

    /** Adds "the caller's partner works with this company"; nothing for admin and staff. */
    public void addWorksWith(String companyIdColumn, SqlConditions where) {
        if (seesEverything()) {
            return;
        }
        where.add(user.partnerId().map(partner -> worksWith(where.bind("callerPartner", partner), companyIdColumn))
                .orElse("false"));
    }

    /** Binds the caller's partner for {@link #personCondition}, when it uses it. */
    public void bindPartner(Query query) {
        if (!seesEverything() && user.partnerId().isPresent()) {
            query.setParameter(PARTNER_PARAMETER, user.partnerId().get());
        }
    }

    /** Who is acting, for the record; "system" for work without a caller (start-up, jobs). */
    public String actor() {
        return user.actor();
    }

    /** Who is acting, as people read them (the token's name); empty for work without a caller. */
    public Optional<String> actorName() {
        return user.actorName();
    }
}
