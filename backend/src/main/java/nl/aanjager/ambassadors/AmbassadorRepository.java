package nl.aanjager.ambassadors;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import nl.aanjager.contacts.PersonalDataSource;

@ApplicationScoped
public class AmbassadorRepository implements PanacheRepository<Ambassador>, PersonalDataSource {

    public List<Ambassador> ofProgramme(Long programmeId) {
        Sort order = Sort.descending("termStart").and("id");
        return programmeId == null ? listAll(order) : list("programmeId", order, programmeId);
    }

    @Override
    public String section() {
        return "ambassadorships";
    }

    @Override
    public List<?> export(long contactId) {
        return list("contactId", Sort.by("termStart"), contactId).stream()
                .map(a -> new ExportedTerm(a.id, a.programmeId, a.termStart, a.termEnd)).toList();
    }

    record ExportedTerm(long id, long programmeId, LocalDate termStart, LocalDate termEnd) {
    }
}
