package nl.aanjager.contacts;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import nl.aanjager.companies.CompaniesMerged;

@ApplicationScoped
public class ContactRepository implements PanacheRepository<Contact> {

    /** The names of these people (null for an erased one), in one query; callers decide who may see them. */
    public Map<Long, String> namesOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        getEntityManager().createQuery("select k.id, k.name from Contact k where k.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    void moveToSurvivor(@Observes CompaniesMerged merged) {
        update("companyId = ?1 where companyId = ?2", merged.survivorId(), merged.duplicateId());
    }
}
