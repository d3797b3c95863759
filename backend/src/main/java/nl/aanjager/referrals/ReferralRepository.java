package nl.aanjager.referrals;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.aanjager.companies.CompaniesMerged;

@ApplicationScoped
public class ReferralRepository implements PanacheRepository<Referral> {

    /**
     * @param toPartner inbox of this partner (null: any)
     * @param fromPartner outbox of this partner (null: any)
     * @param eitherPartner referrals this partner sent or received (null: any)
     */
    public PanacheQuery<Referral> search(Long toPartner, Long fromPartner, Long eitherPartner, Long companyId,
            ReferralStatus status) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (toPartner != null) {
            where.append(" and toPartnerId = :to");
            parameters.and("to", toPartner);
        }
        if (fromPartner != null) {
            where.append(" and fromPartnerId = :from");
            parameters.and("from", fromPartner);
        }
        if (eitherPartner != null) {
            where.append(" and (toPartnerId = :either or fromPartnerId = :either)");
            parameters.and("either", eitherPartner);
        }
        if (companyId != null) {
            where.append(" and companyId = :company");
            parameters.and("company", companyId);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        return find(where.toString(), Sort.descending("createdAt").and("id", Sort.Direction.Descending), parameters);
    }

    void moveToSurvivor(@Observes CompaniesMerged merged) {
        update("companyId = ?1 where companyId = ?2", merged.survivorId(), merged.duplicateId());
    }
}
