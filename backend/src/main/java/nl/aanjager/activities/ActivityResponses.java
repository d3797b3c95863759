package nl.aanjager.activities;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.aanjager.activities.ActivityDtos.ActivityResponse;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.common.security.AccessScope;
import nl.aanjager.companies.CompanyRepository;
import nl.aanjager.contacts.ContactRepository;
import nl.aanjager.programmes.Need;
import nl.aanjager.programmes.Theme;

/**
 * Activities as the API answers them, the one place that turns them into responses: the
 * person only where the caller may see them, another partner's confidential summary left out,
 * company and person by name.
 */
@ApplicationScoped
public class ActivityResponses {
    @Inject
    AccessScope scope;

    @Inject
    CompanyRepository companies;

    @Inject
    ContactRepository contacts;

    public ActivityResponse one(Activity activity) {
        return all(List.of(activity)).get(0);
    }

    public PageResult<ActivityResponse> page(PageResult<Activity> page) {
        return new PageResult<>(all(page.items()), page.total(), page.page(), page.size());
    }

    /** Maps a page at once: contact and company names come from one query each, never one per row. */
    public List<ActivityResponse> all(List<Activity> items) {
        List<Long> contactIds = items.stream().map(a -> a.contactId).filter(Objects::nonNull).distinct().toList();
        Map<Long, String> names = contacts.namesOf(contactIds);
        Map<Long, String> companyNames = companies.namesById(items.stream().map(a -> a.companyId).distinct().toList());
        scope.preloadPeople(contactIds);
        return items.stream().map(a -> {
            boolean personVisible = a.contactId != null && scope.maySeePerson(a.contactId);
            boolean summaryVisible = !a.confidential || scope.actsFor(a.partnerId);
            return new ActivityResponse(a.id, a.partnerId, a.companyId, companyNames.get(a.companyId),
                    personVisible ? a.contactId : null,
                    personVisible ? names.get(a.contactId) : null, a.type, a.occurredOn,
                    summaryVisible ? a.summary : null, a.confidential, a.themes.stream().map(Theme::valueOf).toList(),
                    a.needs.stream().map(Need::valueOf).toList(), a.programmeId, a.stageId, a.createdBy, a.createdAt,
                    a.version);
        }).toList();
    }
}
