package nl.aanjager.referrals;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.util.List;
import nl.aanjager.companies.CompaniesMerged;
import nl.aanjager.contacts.PersonalDataSource;

@ApplicationScoped
public class ReferralRepository implements PanacheRepository<Referral>, PersonalDataSource {

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

    @Override
    public String section() {
        return "referrals";
    }

    /** Referrals that name the person: a GDPR export shows who handed them over to whom, and why. */
    @Override
    public List<?> export(long contactId) {
        return list("contactId", Sort.by("createdAt"), contactId).stream()
                .map(r -> new ExportedReferral(r.id, r.companyId, r.fromPartnerId, r.toPartnerId, r.reason, r.status,
                        r.createdAt, r.responseNote))
                .toList();
    }

    record ExportedReferral(long id, long companyId, long fromPartnerId, long toPartnerId, String reason,
            ReferralStatus status, OffsetDateTime createdAt, String responseNote) {
    }
}
