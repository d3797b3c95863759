package nl.aanjager.partners;

import nl.aanjager.audit.Changes;
import nl.aanjager.audit.AuditLog;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import nl.aanjager.common.etag.ETags;
import nl.aanjager.common.paging.PageParams;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.common.paging.SortSpec;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.ProblemCode;

/** The partner network: rules for creating, changing and removing partner organisations. */
@ApplicationScoped
public class PartnerService {
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "kind", "kind");

    @Inject
    AuditLog audit;

    @Inject
    PartnerRepository partners;

    public PageResult<Partner> list(PageParams params, PartnerKind kind, Boolean active) {
        PanacheQuery<Partner> query = partners.search(params, kind, active, SortSpec.parse(params.sort, SORTABLE, "name"));
        return new PageResult<>(query.page(params.page, params.size).list(), query.count(), params.page, params.size);
    }

    public Optional<Partner> find(long id) {
        return partners.findByIdOptional(id);
    }

    @Transactional
    public Partner create(PartnerRequest request) {
        rejectDuplicateName(request.name(), null);
        Partner partner = new Partner();
        apply(request, partner);
        partners.persistAndFlush(partner);
        audit.record("partner.created", "partner", partner.id, null, Changes.created(partner));
        return partner;
    }

    @Transactional
    public Optional<Partner> update(long id, long expectedVersion, PartnerRequest request) {
        return partners.findByIdOptional(id).map(partner -> {
            ETags.checkVersion(partner.version, OptionalLong.of(expectedVersion));
            rejectDuplicateName(request.name(), id);
            var before = Changes.snapshot(partner);
            apply(request, partner);
            partners.flush();
            audit.recordUpdate("partner.updated", "partner", id, null, before, partner);
            return partner;
        });
    }

    @Transactional
    public boolean delete(long id, OptionalLong expectedVersion) {
        Optional<Partner> partner = partners.findByIdOptional(id);
        partner.ifPresent(found -> {
            ETags.checkVersion(found.version, expectedVersion);
            Changes gone = Changes.deleted(found);
            partners.delete(found);
            partners.flush();
            audit.record("partner.deleted", "partner", id, null, gone);
        });
        return partner.isPresent();
    }

    private void rejectDuplicateName(String name, Long ownId) {
        partners.findByNameIgnoreCase(name)
                .filter(existing -> !existing.id.equals(ownId))
                .ifPresent(existing -> {
                    throw ApiException.conflict(ProblemCode.PARTNER_EXISTS, "A partner named '" + existing.name
                            + "' already exists (id " + existing.id + ")", "name", existing.name);
                });
    }

    private static void apply(PartnerRequest request, Partner partner) {
        partner.name = request.name().trim();
        partner.kind = request.kind();
        partner.website = blankToNull(request.website());
        partner.email = blankToNull(request.email());
        partner.description = blankToNull(request.description());
        partner.active = request.active() == null || request.active();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
