package nl.aanjager.outcomes;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import nl.aanjager.audit.AuditLog;
import nl.aanjager.audit.Changes;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.common.security.AccessScope;
import nl.aanjager.companies.CompaniesMerged;
import nl.aanjager.companies.CompanyRepository;
import nl.aanjager.outcomes.OutcomeDtos.OutcomeRequest;
import nl.aanjager.partners.PartnerRepository;
import nl.aanjager.programmes.ProgrammeRepository;

/** Outcomes partners record per company; a partner records for itself only. */
@ApplicationScoped
public class OutcomeService implements PanacheRepository<Outcome> {
    @Inject
    CompanyRepository companies;

    @Inject
    PartnerRepository partners;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    public List<Outcome> search(Long companyId, Long programmeId) {
        if (companyId == null && programmeId == null) {
            throw ApiException.invalidField("companyId", FieldErrorCode.ONE_OF, "give companyId or programmeId");
        }
        StringBuilder where = new StringBuilder("1 = 1");
        io.quarkus.panache.common.Parameters parameters = new io.quarkus.panache.common.Parameters();
        if (companyId != null) {
            where.append(" and companyId = :company");
            parameters.and("company", companyId);
        }
        if (programmeId != null) {
            where.append(" and programmeId = :programme");
            parameters.and("programme", programmeId);
        }
        if (companyId == null && !scope.seesEverything()) {
            // across companies, a partner's outcomes are its client list: its own only
            where.append(" and partnerId = :partner");
            parameters.and("partner", scope.ownPartnerId());
        }
        return list(where.toString(), Sort.descending("occurredOn").and("id", Sort.Direction.Descending), parameters);
    }

    @Transactional
    public Outcome record(OutcomeRequest request) {
        if (companies.findByIdOptional(request.companyId()).filter(c -> c.mergedIntoId == null).isEmpty()) {
            throw ApiException.invalidField("companyId", FieldErrorCode.NOT_FOUND, "no such company");
        }
        if (request.programmeId() != null && programmes.findByIdOptional(request.programmeId()).isEmpty()) {
            throw ApiException.invalidField("programmeId", FieldErrorCode.NOT_FOUND, "no such programme");
        }
        Outcome outcome = new Outcome();
        outcome.companyId = request.companyId();
        outcome.partnerId = partnerFor(request.partnerId());
        outcome.programmeId = request.programmeId();
        outcome.indicator = request.indicator();
        outcome.value = request.value();
        outcome.occurredOn = request.occurredOn();
        outcome.evidence = request.evidence() == null || request.evidence().isBlank() ? null : request.evidence().trim();
        outcome.createdBy = scope.actor();
        outcome.createdAt = OffsetDateTime.now();
        persistAndFlush(outcome);
        audit.record("outcome.recorded", "outcome", outcome.id, outcome.companyId, Changes.created(outcome));
        return outcome;
    }

    private long partnerFor(Long requested) {
        if (scope.seesEverything()) {
            if (requested == null || partners.findByIdOptional(requested).isEmpty()) {
                throw ApiException.invalidField("partnerId", FieldErrorCode.REQUIRED, "must name the partner whose support led to it");
            }
            return requested;
        }
        long own = scope.ownPartnerId();
        if (requested != null && requested != own) {
            throw ApiException.invalidField("partnerId", FieldErrorCode.OWN_PARTNER_ONLY, "you record outcomes for your own partner only");
        }
        return own;
    }

    void moveToSurvivor(@Observes CompaniesMerged merged) {
        update("companyId = ?1 where companyId = ?2", merged.survivorId(), merged.duplicateId());
    }
}
