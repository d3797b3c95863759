package nl.aanjager.companies;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CompanyRepository implements PanacheRepository<Company> {

    /** The live (not merged away) record with this KvK number and branch number. */
    public Optional<Company> findByKvk(String kvkNumber, String branchNumber) {
        if (branchNumber == null) {
            return find("kvkNumber = ?1 and branchNumber is null and mergedIntoId is null", kvkNumber)
                    .firstResultOptional();
        }
        return find("kvkNumber = ?1 and branchNumber = ?2 and mergedIntoId is null", kvkNumber, branchNumber)
                .firstResultOptional();
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
