package nl.aanjager.referrals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.aanjager.common.security.AccessScope;
import nl.aanjager.companies.CompanyRepository;
import nl.aanjager.contacts.ContactRepository;

/** Referrals as the API answers them: the person named only where the caller may see them. */
@ApplicationScoped
public class ReferralResponses {
    @Inject
    CompanyRepository companies;

    @Inject
    ContactRepository contacts;

    @Inject
    AccessScope scope;

    public ReferralDtos.ReferralResponse one(Referral referral) {
        return all(List.of(referral)).get(0);
    }

    /** Responses for a page of referrals: company names and the people named from one query each. */
    public List<ReferralDtos.ReferralResponse> all(List<Referral> page) {
        List<Long> ids = page.stream().map(r -> r.companyId).distinct().toList();
        Map<Long, String> names = companies.namesById(ids);
        List<Long> contactIds = page.stream().map(r -> r.contactId).filter(Objects::nonNull).distinct().toList();
        scope.preloadPeople(contactIds);
        Map<Long, String> people = contacts.namesOf(contactIds);
        return page.stream().map(r -> ReferralDtos.ReferralResponse.from(r, names.get(r.companyId),
                r.contactId != null && scope.maySeePerson(r.contactId) ? people.get(r.contactId) : null)).toList();
    }
}
