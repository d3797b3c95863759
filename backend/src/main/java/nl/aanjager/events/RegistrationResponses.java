package nl.aanjager.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.common.security.AccessScope;
import nl.aanjager.companies.Company;
import nl.aanjager.companies.CompanyRepository;
import nl.aanjager.contacts.ContactRepository;
import nl.aanjager.events.EventDtos.RegistrationResponse;

/** Registrations as the API answers them: names and tickets only where the caller may see the person. */
@ApplicationScoped
public class RegistrationResponses {
    @Inject
    RegistrationService registrations;

    @Inject
    CompanyRepository companies;

    @Inject
    ContactRepository contacts;

    @Inject
    AccessScope scope;

    public RegistrationResponse one(Registration registration, boolean withTicket) {
        return all(List.of(registration), withTicket).get(0);
    }

    public PageResult<RegistrationResponse> page(PageResult<Registration> page) {
        return new PageResult<>(all(page.items(), true), page.total(), page.page(), page.size());
    }

    /** One query for the names of a page of registrations; names only where the caller may see them. */
    public List<RegistrationResponse> all(List<Registration> page, boolean withTicket) {
        List<Long> contactIds = page.stream().map(r -> r.contactId).distinct().toList();
        List<Long> companyIds = page.stream().map(r -> r.companyId).distinct().toList();
        Map<Long, String> people = contacts.namesOf(contactIds);
        Map<Long, Company> firms = companyIds.isEmpty() ? Map.of() : companies.list("id in ?1", companyIds).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        scope.preloadPeople(contactIds);
        return page.stream().map(r -> {
            boolean visible = scope.maySeePerson(r.contactId);
            Company firm = firms.get(r.companyId);
            return new RegistrationResponse(r.id, r.eventId, r.contactId, r.companyId,
                    visible ? people.get(r.contactId) : null, firm == null ? null : firm.name, r.status, r.source,
                    r.walkIn, r.registeredAt, r.checkedInAt, r.checkedInBy, withTicket && visible ? registrations.ticketOf(r) : null,
                    r.checkedInDevice);
        }).toList();
    }
}
