package nl.aanjager.companies;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class CompanyRepository implements PanacheRepository<Company> {

    /** The names of these companies by id, in one query (none for an empty list). */
    public Map<Long, String> namesById(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : list("id in ?1", ids).stream().collect(Collectors.toMap(c -> c.id, c -> c.name));
    }

    /** The live (not merged away) record with this KvK number and branch number. */
    public Optional<Company> findByKvk(String kvkNumber, String branchNumber) {
        if (branchNumber == null) {
            return find("kvkNumber = ?1 and branchNumber is null and mergedIntoId is null", kvkNumber)
                    .firstResultOptional();
        }
        return find("kvkNumber = ?1 and branchNumber = ?2 and mergedIntoId is null", kvkNumber, branchNumber)
                .firstResultOptional();
    }

    /**
     * The live companies with these KvK numbers, by {@link #kvkKey}: one query for a chunk of an
     * import. The numbers travel as one array parameter: an {@code in} list of 1,000 parameters
     * costs Hibernate more to expand, translate and bind than PostgreSQL needs to answer it.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Company> liveByKvk(Collection<String> kvkNumbers) {
        Map<String, Company> byKey = new HashMap<>();
        if (!kvkNumbers.isEmpty()) {
            ((List<Company>) getEntityManager().createNativeQuery("select * from company"
                    + " where kvk_number = any(?1) and merged_into_id is null", Company.class)
                    .setParameter(1, kvkNumbers.toArray(String[]::new)).getResultList())
                    .forEach(company -> byKey.put(kvkKey(company.kvkNumber, company.branchNumber), company));
        }
        return byKey;
    }

    /** A company's identity in the register: KvK number and, for a branch, its branch number. */
    public static String kvkKey(String kvkNumber, String branchNumber) {
        return kvkNumber + "/" + (branchNumber == null ? "" : branchNumber);
    }

    public List<Company> mergedInto(long survivorId) {
        return list("mergedIntoId", survivorId);
    }

    /** Pairs of live records at the same postcode whose names look alike. */
    @SuppressWarnings("unchecked")
    public List<Object[]> likelyDuplicatePairs(Long companyId, double threshold, int limit) {
        return getEntityManager().createNativeQuery("""
                select a.id, b.id, similarity(a.search_name, b.search_name) as score
                from company a join company b on a.postcode = b.postcode and a.id < b.id
                where a.merged_into_id is null and b.merged_into_id is null
                  and similarity(a.search_name, b.search_name) >= :threshold
                  and (cast(:company as bigint) is null or a.id = :company or b.id = :company)
                order by score desc, a.id, b.id
                limit :limit
                """)
                .setParameter("threshold", threshold)
                .setParameter("company", companyId)
                .setParameter("limit", limit)
                .getResultList();
    }
}
