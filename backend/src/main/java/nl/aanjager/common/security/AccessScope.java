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
import nl.aanjager.common.problem.ProblemType;

/**
 * Object-level authorization in one place (README "Who sees what"). Admin and staff see
 * everything. A partner's people and systems see every company's master data, but a person
 * only through their partner's own relation to that person: it entered the person, the person
 * is named on its own activity or on a referral to or from it, the person registered for an
 * event it organises, or the person consented to be shared with it. Every way to create such a
 * relation that names an existing person requires seeing that person first, so writing never
 * widens what a partner sees.
 */
@RequestScoped
public class AccessScope {
    /** Each selects the ids of the people the partner {@code :scopePartner} has a relation of its own to. */
    private static final List<String> PERSON_RELATIONS = List.of(
            "select k.id as contact_id from contact k where k.created_by_partner_id = :scopePartner",
            "select a.contact_id from activity a where a.partner_id = :scopePartner and a.contact_id is not null",
            "select f.contact_id from referral f where f.contact_id is not null"
                    + " and (f.from_partner_id = :scopePartner or f.to_partner_id = :scopePartner)",
            "select g.contact_id from registration g join event_organiser o on o.event_id = g.event_id"
                    + " where o.partner_id = :scopePartner",
            "select s.contact_id from contact_sharing s where s.partner_id = :scopePartner");

    /** Each selects the ids of the companies the partner {@code :scopePartner} works with. */
    private static final List<String> COMPANY_RELATIONS = List.of(
            "select a.company_id from activity a where a.partner_id = :scopePartner",
            "select f.company_id from referral f where f.from_partner_id = :scopePartner"
                    + " or f.to_partner_id = :scopePartner",
            "select k.company_id from contact k where k.created_by_partner_id = :scopePartner",
            "select s.company_id from stage_record s where s.credited_partner_id = :scopePartner"
                    + " and s.withdrawn_at is null");

    private static final String VISIBLE_PEOPLE = "select v.contact_id from ("
            + String.join(" union all ", PERSON_RELATIONS) + ") v";

    private static final String WORKED_WITH_COMPANIES = "select w.company_id from ("
            + String.join(" union all ", COMPANY_RELATIONS) + ") w";

    /** The parameter the conditions below name the partner by. */
    public static final String PARTNER_PARAMETER = "scopePartner";

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
        return user.partnerId().orElseThrow(() -> new ApiException(ProblemType.FORBIDDEN,
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
            throw ApiException.forbiddenField(field,
                    "a partner filters on its own partner's relationships only (" + ownPartnerId() + ")");
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
        List<Number> visible = entityManager.createNativeQuery(VISIBLE_PEOPLE + " where v.contact_id in (:ids)")
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
     * A native-SQL condition "the caller's partner works with this company" (an activity, a
     * referral either way, a contact it entered, or a funnel credit); always true for admin and
     * staff. Bind the partner with {@link #bindPartner}.
     */
    public String worksWithCondition(String companyIdColumn) {
        if (seesEverything()) {
            return "true";
        }
        if (user.partnerId().isEmpty()) {
            return "false";
        }
        return worksWithPartnerCondition(companyIdColumn);
    }

    /** "This company is one the partner bound as {@code :scopePartner} works with", for any caller. */
    public static String worksWithPartnerCondition(String companyIdColumn) {
        return "(" + companyIdColumn + " in (" + WORKED_WITH_COMPANIES + "))";
    }

    /** Binds the caller's partner for the conditions above, when they use it. */
    public void bindPartner(Query query) {
        if (!seesEverything() && user.partnerId().isPresent()) {
            query.setParameter(PARTNER_PARAMETER, user.partnerId().get());
        }
    }

    /** The same for a parameter map that is bound later. */
    public void bindPartner(Map<String, Object> parameters) {
        if (!seesEverything() && user.partnerId().isPresent()) {
            parameters.put(PARTNER_PARAMETER, user.partnerId().get());
        }
    }

    /** Who is acting, for the record; "system" for work without a caller (start-up, jobs). */
    public String actor() {
        return user.actor();
    }
}
