package nl.aanjager.companies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import nl.aanjager.audit.AuditLog;
import nl.aanjager.audit.Changes;
import nl.aanjager.common.etag.ETags;
import nl.aanjager.common.paging.PageParams;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.common.problem.ProblemCode;
import nl.aanjager.companies.CompanyDtos.CompanyRequest;
import nl.aanjager.companies.CompanyDtos.CompanyResponse;
import nl.aanjager.companies.CompanyDtos.LikelyDuplicate;
import org.hibernate.Session;

/** Companies: one record per KvK number (and branch), so the network counts distinct SMEs. */
@ApplicationScoped
public class CompanyService {
    /** Names at least this similar (pg_trgm, 0..1) at one postcode are flagged as likely duplicates. */
    static final double DUPLICATE_SIMILARITY = 0.5;

    @Inject
    CompanyRepository companies;

    @Inject
    CompanySearchQuery searchQuery;

    @Inject
    AuditLog audit;

    @Inject
    Event<CompaniesMerged> merged;

    public CompanyListPage search(PageParams params, CompanyFilter filter, String after) {
        return searchQuery.search(params, filter, after);
    }

    public Optional<Company> find(long id) {
        return companies.findByIdOptional(id);
    }

    @Transactional
    public Company create(CompanyRequest request) {
        rejectDuplicate(request.kvkNumber(), request.branchNumber(), null);
        Company company = new Company();
        company.createdAt = OffsetDateTime.now();
        apply(request, company);
        companies.persistAndFlush(company);
        audit.record("company.created", "company", company.id, company.id, Changes.created(company));
        return company;
    }

    /**
     * The company someone named themselves (at the door, on a public form): the known record by
     * KvK number, or by name when they gave none, else a new one created like any other.
     */
    @Transactional
    public Company findOrCreate(String kvkNumber, String companyName) {
        String kvk = blankToNull(kvkNumber);
        Optional<Company> known = kvk != null ? companies.findByKvk(kvk, null)
                : companies.find("kvkNumber is null and lower(name) = ?1 and mergedIntoId is null",
                        companyName.trim().toLowerCase()).firstResultOptional();
        return known.orElseGet(() -> create(new CompanyRequest(kvk, null, companyName, null, null, null, null, null,
                null, null, null, null, List.of())));
    }

    @Transactional
    public Optional<Company> update(long id, long expectedVersion, CompanyRequest request) {
        return companies.findByIdOptional(id).map(company -> {
            ETags.checkVersion(company.version, OptionalLong.of(expectedVersion));
            if (company.mergedIntoId != null) {
                throw ApiException.duplicateOf(ProblemCode.COMPANY_MERGED, "This record was merged into company "
                        + company.mergedIntoId + "; change that one", "/api/companies/" + company.mergedIntoId);
            }
            rejectDuplicate(request.kvkNumber(), request.branchNumber(), id);
            var before = Changes.snapshot(company);
            apply(request, company);
            companies.flush();
            audit.recordUpdate("company.updated", "company", id, id, before, company);
            return company;
        });
    }

    @Transactional
    public boolean delete(long id, OptionalLong expectedVersion) {
        Optional<Company> company = companies.findByIdOptional(id);
        company.ifPresent(found -> {
            ETags.checkVersion(found.version, expectedVersion);
            if (!companies.mergedInto(id).isEmpty()) {
                throw ApiException.conflict(ProblemCode.COMPANY_HAS_MERGED_RECORDS,
                        "Other records were merged into this company; it cannot be deleted");
            }
            Changes gone = Changes.deleted(found);
            companies.delete(found);
            companies.flush();
            audit.record("company.deleted", "company", id, null, gone);
        });
        return company.isPresent();
    }

    /**
     * Folds the duplicate into the survivor: every feature moves its rows (see
     * {@link CompaniesMerged}); the duplicate stays as a record pointing at the survivor.
     */
    @Transactional
    public Company merge(long survivorId, long duplicateId) {
        if (survivorId == duplicateId) {
            throw ApiException.invalidField("duplicateId", FieldErrorCode.MUST_DIFFER, "must be another company");
        }
        Company survivor = live(survivorId, "Company");
        Company duplicate = companies.findByIdOptional(duplicateId)
                .orElseThrow(() -> ApiException.invalidField("duplicateId", FieldErrorCode.NOT_FOUND, "no company " + duplicateId));
        if (duplicate.mergedIntoId != null) {
            throw ApiException.conflict(ProblemCode.COMPANY_MERGED,
                    "Company " + duplicateId + " was already merged into " + duplicate.mergedIntoId);
        }
        var before = Changes.snapshot(duplicate);
        merged.fire(new CompaniesMerged(survivorId, duplicateId));
        for (Company earlier : companies.mergedInto(duplicateId)) {
            earlier.mergedIntoId = survivorId;
        }
        duplicate.mergedIntoId = survivorId;
        duplicate.mergedAt = OffsetDateTime.now();
        mergeTags(survivor, duplicate);
        companies.flush();
        // one entry for the one operation: on the record that changed, listed under the survivor
        audit.record("company.merged", "company", duplicateId, survivorId,
                Changes.between(before, Changes.snapshot(duplicate)), "merged into company " + survivorId);
        return survivor;
    }

    /**
     * What applying the request would change in the company (all fields for a new one, null),
     * refusing a request that create or update would refuse: an import previews with this.
     */
    public List<String> changesOf(Company existing, CompanyRequest request) {
        sizeClass(request);
        return existing == null ? List.of("new") : changedFields(existing, request);
    }

    /** The company as a request that would leave it as it is: the base an import's values go over. */
    public static CompanyRequest asRequest(Company c) {
        return new CompanyRequest(c.kvkNumber, c.branchNumber, c.name, c.sbiCode, c.sizeClass, c.employees, c.street,
                c.houseNumber, c.postcode, c.city, c.district, c.website, List.copyOf(c.tags));
    }

    /**
     * Creates or updates the register's companies by KvK number and branch, a chunk of an import
     * at a time. {@code live} holds the live companies with the requests' KvK numbers as
     * {@link CompanyRepository#liveByKvk} found them in this transaction (the caller needed them
     * to build the requests; looking again would cost a second query a chunk). The chunk is
     * written in JDBC batches as large as the chunk (one multi-row insert per 128 rows or so,
     * see reWriteBatchedInserts). The import job records what it did; one audit entry a company
     * would double the work.
     */
    @Transactional
    public List<Company> upsertAll(List<CompanyRequest> requests, Map<String, Company> live) {
        Map<String, Company> existing = new HashMap<>(live);
        OffsetDateTime now = OffsetDateTime.now();
        List<Company> result = new ArrayList<>(requests.size());
        List<Company> created = new ArrayList<>();
        Map<Company, Map<String, Object>> updated = new java.util.LinkedHashMap<>();
        Session session = companies.getEntityManager().unwrap(Session.class);
        Integer batchSize = session.getJdbcBatchSize();
        session.setJdbcBatchSize(Math.max(requests.size(), 1));
        try {
            for (CompanyRequest request : requests) {
                Company company = existing.get(CompanyRepository.kvkKey(request.kvkNumber(),
                        blankToNull(request.branchNumber())));
                if (company == null) {
                    company = new Company();
                    company.createdAt = now;
                    apply(request, company);
                    companies.persist(company);
                    existing.put(CompanyRepository.kvkKey(company.kvkNumber, company.branchNumber), company);
                    created.add(company);
                } else if (!changedFields(company, request).isEmpty()) {
                    updated.putIfAbsent(company, Changes.snapshot(company));
                    apply(request, company);
                }
                result.add(company);
            }
            companies.flush();
            // each imported record is audited as if it came through the API, after the flush gave it an id
            created.forEach(company -> audit.record("company.created", "company", company.id, company.id,
                    Changes.created(company)));
            updated.forEach((company, before) -> audit.recordUpdate("company.updated", "company", company.id, company.id,
                    before, company));
            companies.flush();
        } finally {
            session.setJdbcBatchSize(batchSize);
        }
        return result;
    }

    public List<LikelyDuplicate> likelyDuplicates(Long companyId, int limit) {
        List<LikelyDuplicate> result = new ArrayList<>();
        for (Object[] row : companies.likelyDuplicatePairs(companyId, DUPLICATE_SIMILARITY, limit)) {
            Company a = companies.findById(((Number) row[0]).longValue());
            Company b = companies.findById(((Number) row[1]).longValue());
            boolean aFirst = companyId == null || a.id.equals(companyId);
            result.add(new LikelyDuplicate(CompanyResponse.from(aFirst ? a : b), CompanyResponse.from(aFirst ? b : a),
                    ((Number) row[2]).doubleValue()));
        }
        return result;
    }

    private Company live(long id, String what) {
        Company company = companies.findByIdOptional(id).orElseThrow(() -> ApiException.notFound(what, id));
        if (company.mergedIntoId != null) {
            throw ApiException.duplicateOf(ProblemCode.COMPANY_MERGED,
                    "Company " + id + " was merged into " + company.mergedIntoId, "/api/companies/" + company.mergedIntoId);
        }
        return company;
    }

    private void rejectDuplicate(String kvkNumber, String branchNumber, Long ownId) {
        companies.findByKvk(kvkNumber, blankToNull(branchNumber))
                .filter(existing -> !existing.id.equals(ownId))
                .ifPresent(existing -> {
                    throw ApiException.duplicateOf(ProblemCode.COMPANY_EXISTS, "Company with KvK number " + kvkNumber
                            + (branchNumber == null ? "" : " and branch " + branchNumber) + " already exists: "
                            + existing.name + " (id " + existing.id + ")", "/api/companies/" + existing.id,
                            "name", existing.name, "kvkNumber", kvkNumber);
                });
    }

    private static void apply(CompanyRequest request, Company company) {
        company.kvkNumber = request.kvkNumber();
        company.branchNumber = blankToNull(request.branchNumber());
        company.name = request.name().trim();
        company.sbiCode = blankToNull(request.sbiCode());
        company.employees = request.employees();
        company.sizeClass = sizeClass(request);
        company.street = blankToNull(request.street());
        company.houseNumber = blankToNull(request.houseNumber());
        company.postcode = Postcodes.normalise(request.postcode());
        company.city = blankToNull(request.city());
        company.district = blankToNull(request.district());
        company.website = blankToNull(request.website());
        company.tags = request.tags() == null ? new ArrayList<>()
                : new ArrayList<>(request.tags().stream().map(String::trim).distinct().toList());
    }

    private static SizeClass sizeClass(CompanyRequest request) {
        if (request.employees() == null) {
            return request.sizeClass();
        }
        SizeClass derived = SizeClass.ofEmployees(request.employees());
        if (request.sizeClass() != null && request.sizeClass() != derived) {
            throw ApiException.invalidField("sizeClass", FieldErrorCode.MISMATCH,
                    "does not match " + request.employees() + " employees (" + derived + ")",
                    "employees", request.employees(), "sizeClass", derived);
        }
        return derived;
    }

    private static void mergeTags(Company survivor, Company duplicate) {
        List<String> tags = new ArrayList<>(survivor.tags);
        duplicate.tags.stream().filter(tag -> !tags.contains(tag)).forEach(tags::add);
        survivor.tags = tags;
    }

    private static List<String> changedFields(Company c, CompanyRequest r) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(c.kvkNumber, r.kvkNumber())) {
            changed.add("kvkNumber");
        }
        if (!Objects.equals(c.name, r.name().trim())) {
            changed.add("name");
        }
        if (!Objects.equals(c.postcode, Postcodes.normalise(r.postcode()))) {
            changed.add("postcode");
        }
        if (!Objects.equals(c.district, blankToNull(r.district()))) {
            changed.add("district");
        }
        if (!Objects.equals(c.sbiCode, blankToNull(r.sbiCode()))) {
            changed.add("sbiCode");
        }
        if (!Objects.equals(c.employees, r.employees())) {
            changed.add("employees");
        }
        if (!Objects.equals(c.branchNumber, blankToNull(r.branchNumber()))) {
            changed.add("branchNumber");
        }
        if (c.sizeClass != sizeClass(r)) {
            changed.add("sizeClass");
        }
        if (!Objects.equals(c.street, blankToNull(r.street())) || !Objects.equals(c.houseNumber, blankToNull(r.houseNumber()))
                || !Objects.equals(c.city, blankToNull(r.city()))) {
            changed.add("address");
        }
        if (!Objects.equals(c.website, blankToNull(r.website()))) {
            changed.add("website");
        }
        List<String> tags = r.tags() == null ? List.of() : r.tags().stream().map(String::trim).distinct().toList();
        if (!c.tags.equals(tags)) {
            changed.add("tags");
        }
        return changed;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
