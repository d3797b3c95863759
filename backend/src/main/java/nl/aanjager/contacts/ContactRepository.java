package nl.aanjager.contacts;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.aanjager.companies.CompaniesMerged;

@ApplicationScoped
public class ContactRepository implements PanacheRepository<Contact> {

    void moveToSurvivor(@Observes CompaniesMerged merged) {
        update("companyId = ?1 where companyId = ?2", merged.survivorId(), merged.duplicateId());
    }
}
