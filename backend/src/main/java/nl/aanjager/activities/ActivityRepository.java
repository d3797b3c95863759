package nl.aanjager.activities;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.List;
import nl.aanjager.companies.CompaniesMerged;
import nl.aanjager.contacts.ContactErased;
import nl.aanjager.contacts.PersonalDataSource;

@ApplicationScoped
public class ActivityRepository implements PanacheRepository<Activity>, PersonalDataSource {
    /** What stands in a summary where an erased person's name, email or phone was. */
    static final String ERASED = "[verwijderd]";

    public PanacheQuery<Activity> search(Long companyId, Long partnerId, ActivityType type, LocalDate from,
            LocalDate to) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (companyId != null) {
            where.append(" and companyId = :company");
            parameters.and("company", companyId);
        }
        if (partnerId != null) {
            where.append(" and partnerId = :partner");
            parameters.and("partner", partnerId);
        }
        if (type != null) {
            where.append(" and type = :type");
            parameters.and("type", type);
        }
        if (from != null) {
            where.append(" and occurredOn >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            where.append(" and occurredOn <= :to");
            parameters.and("to", to);
        }
        return find(where.toString(), Sort.descending("occurredOn").and("id", Sort.Direction.Descending), parameters);
    }

    void moveToSurvivor(@Observes CompaniesMerged merged) {
        update("companyId = ?1 where companyId = ?2", merged.survivorId(), merged.duplicateId());
    }

    /** Free text may name the person: replace every erased value in the company's summaries. */
    void scrubErasedPerson(@Observes ContactErased erased) {
        for (String value : new String[] {erased.name(), erased.email(), erased.phone()}) {
            if (value != null && value.length() >= 3) {
                getEntityManager().createNativeQuery("""
                        update activity set summary = regexp_replace(summary, :pattern, :replacement, 'gi')
                        where (company_id = :company or contact_id = :contact) and summary ilike '%' || :value || '%'
                        """)
                        .setParameter("pattern", literalPattern(value))
                        .setParameter("replacement", ERASED)
                        .setParameter("company", erased.companyId())
                        .setParameter("contact", erased.contactId())
                        .setParameter("value", value)
                        .executeUpdate();
            }
        }
    }

    /** A PostgreSQL regular expression that matches the text literally. */
    static String literalPattern(String text) {
        return text.replaceAll("([.^$*+?()\\[\\]{}|\\\\-])", "\\\\$1");
    }

    @Override
    public String section() {
        return "activities";
    }

    @Override
    public List<?> export(long contactId) {
        return list("contactId", Sort.by("occurredOn"), contactId).stream()
                .map(a -> new ExportedActivity(a.id, a.partnerId, a.companyId, a.type, a.occurredOn, a.summary))
                .toList();
    }

    record ExportedActivity(long id, long partnerId, long companyId, ActivityType type, LocalDate occurredOn,
            String summary) {
    }
}
