package nl.aanjager.ambassadors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.aanjager.ambassadors.AmbassadorDtos.AmbassadorResponse;
import nl.aanjager.common.security.AccessScope;
import nl.aanjager.common.time.ProgrammeCalendar;
import nl.aanjager.companies.CompanyRepository;
import nl.aanjager.contacts.Contact;
import nl.aanjager.contacts.ContactRepository;

/** Ambassadors as the API answers them: the person's name only where the caller may see them. */
@ApplicationScoped
public class AmbassadorResponses {
    @Inject
    ProgrammeCalendar calendar;

    @Inject
    AccessScope scope;

    @Inject
    CompanyRepository companies;

    @Inject
    ContactRepository contacts;

    public AmbassadorResponse one(Ambassador ambassador) {
        return all(List.of(ambassador)).get(0);
    }

    /** People and company names for the whole list at once, never one query per row. */
    public List<AmbassadorResponse> all(List<Ambassador> found) {
        List<Long> contactIds = found.stream().map(a -> a.contactId).distinct().toList();
        Map<Long, Contact> byId = contactIds.isEmpty() ? Map.of() : contacts.list("id in ?1", contactIds).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        LocalDate today = calendar.today();
        List<Long> companyIds = byId.values().stream().map(c -> c.companyId).distinct().toList();
        scope.preloadPeople(contactIds);
        Map<Long, String> companyNames = companies.namesById(companyIds);
        return found.stream().map(a -> {
            Contact contact = byId.get(a.contactId);
            String name = scope.maySeePerson(contact.id) ? contact.name : null;
            return new AmbassadorResponse(a.id, a.contactId, name, contact.companyId,
                    companyNames.get(contact.companyId), a.programmeId, a.termStart,
                    a.termEnd, a.isCurrentOn(today), a.version);
        }).toList();
    }
}
