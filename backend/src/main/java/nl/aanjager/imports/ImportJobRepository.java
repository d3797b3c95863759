package nl.aanjager.imports;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class ImportJobRepository implements PanacheRepository<ImportJob> {
    /** The job, locked until the transaction ends: one chunk of it is applied at a time. */
    Optional<ImportJob> lock(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
