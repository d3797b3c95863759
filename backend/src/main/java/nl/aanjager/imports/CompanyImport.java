package nl.aanjager.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.companies.Company;
import nl.aanjager.companies.CompanyDtos.CompanyRequest;
import nl.aanjager.companies.CompanyRepository;
import nl.aanjager.companies.CompanyService;
import nl.aanjager.companies.SizeClass;

/**
 * Companies by KvK number and branch: a new one is created, a known one updated with the values
 * the file has (an empty cell leaves a value as it is), and one the file would not change is kept.
 */
@ApplicationScoped
class CompanyImport implements ImportTarget {
    static final List<ImportField> FIELDS = List.of(
            ImportField.required("kvkNumber", "KvK-nummer", "KvK", "KvK nr", "kvknummer", "Chamber of Commerce number",
                    "CoC number"),
            ImportField.optional("branchNumber", "Vestigingsnummer", "Vestigingsnr", "branch", "establishment number"),
            ImportField.required("name", "Naam", "Bedrijfsnaam", "Handelsnaam", "company name", "company", "trade name"),
            ImportField.optional("sbiCode", "SBI", "SBI-code", "SBI code", "hoofdactiviteit SBI"),
            ImportField.optional("employees", "Medewerkers", "Werknemers", "Aantal medewerkers", "werkzame personen",
                    "number of employees"),
            ImportField.optional("sizeClass", "Grootteklasse", "Omvang", "size", "size class"),
            ImportField.optional("street", "Straat", "Straatnaam", "street name"),
            ImportField.optional("houseNumber", "Huisnummer", "Huisnr", "house number"),
            ImportField.optional("postcode", "Postcode", "Postal code", "Zip code", "zip"),
            ImportField.optional("city", "Plaats", "Vestigingsplaats", "Woonplaats", "town"),
            ImportField.optional("district", "Wijk", "Gebied", "Stadsdeel", "area"),
            ImportField.optional("website", "Website", "Webadres", "url", "internetadres"),
            ImportField.optional("tags", "Labels", "Tags", "kenmerken"));

    static final Map<String, SizeClass> SIZE_CLASSES_IN_DUTCH = Map.of("klein", SizeClass.SMALL,
            "middelgroot", SizeClass.MEDIUM, "midden", SizeClass.MEDIUM, "zzp", SizeClass.MICRO);

    private static final int LOOKUP_BATCH = 1_000;

    @Inject
    CompanyRepository companies;

    @Inject
    CompanyService companyService;

    @Inject
    Validator validator;

    @Override
    public ImportKind kind() {
        return ImportKind.COMPANIES;
    }

    @Override
    public List<ImportField> fields() {
        return FIELDS;
    }

    @Override
    public void preview(List<ImportRow> rows) {
        Map<String, Integer> firstRowOf = new HashMap<>();
        for (int from = 0; from < rows.size(); from += LOOKUP_BATCH) {
            List<ImportRow> batch = rows.subList(from, Math.min(rows.size(), from + LOOKUP_BATCH));
            Map<String, Company> existing = liveCompanies(batch);
            for (ImportRow row : batch) {
                String key = CompanyRepository.kvkKey(row.value("kvkNumber"), row.value("branchNumber"));
                Integer earlier = firstRowOf.putIfAbsent(key, row.number);
                if (earlier != null) {
                    row.rejectAsDuplicateOf("kvkNumber", "company", earlier);
                } else {
                    classify(row, existing.get(key));
                }
            }
            companies.getEntityManager().clear();
        }
    }

    @Override
    public void apply(List<ImportRow> rows) {
        Map<String, Company> existing = liveCompanies(rows);
        List<ImportRow> applied = new ArrayList<>();
        List<CompanyRequest> requests = new ArrayList<>();
        for (ImportRow row : rows) {
            CompanyRequest request = classify(row, existing.get(CompanyRepository.kvkKey(row.value("kvkNumber"),
                    row.value("branchNumber"))));
            if (request != null) {
                applied.add(row);
                requests.add(request);
            }
        }
        List<Company> result = companyService.upsertAll(requests, existing);
        for (int i = 0; i < applied.size(); i++) {
            applied.get(i).entityId = result.get(i).id;
        }
    }

    private Map<String, Company> liveCompanies(List<ImportRow> rows) {
        return companies.liveByKvk(rows.stream().map(row -> row.value("kvkNumber")).filter(v -> v != null)
                .distinct().toList());
    }

    /** The row's request and action, checked as the API checks a company; null when rejected. */
    private CompanyRequest classify(ImportRow row, Company existing) {
        CompanyRequest request = request(row, existing);
        if (request == null || row.rejectIfInvalid(validator.validate(request), Map.of())) {
            return null;
        }
        try {
            List<String> changes = companyService.changesOf(existing, request);
            row.action = existing == null ? ImportRow.Action.CREATE
                    : changes.isEmpty() ? ImportRow.Action.KEEP : ImportRow.Action.UPDATE;
            row.entityId = existing == null ? null : existing.id;
            return request;
        } catch (ApiException refused) {
            row.reject(refused, "kvkNumber");
            return null;
        }
    }

    /** The file's values over the company as it is (or nothing, for a new one); null when a value cannot be read. */
    private static CompanyRequest request(ImportRow row, Company existing) {
        CompanyRequest base = existing == null ? new CompanyRequest(null, null, null, null, null, null, null, null,
                null, null, null, null, List.of()) : CompanyService.asRequest(existing);
        Integer employees = base.employees();
        SizeClass sizeClass = base.sizeClass();
        String field = "employees";
        try {
            if (row.value("employees") != null) {
                employees = ImportValues.integer(row.value("employees"));
                sizeClass = null;
            }
            field = "sizeClass";
            if (row.value("sizeClass") != null) {
                sizeClass = ImportValues.oneOf(SizeClass.class, row.value("sizeClass"), SIZE_CLASSES_IN_DUTCH);
            }
        } catch (ImportValues.Unreadable e) {
            row.reject(field, e);
            return null;
        }
        return new CompanyRequest(row.value("kvkNumber"), or(row, "branchNumber", base.branchNumber()),
                or(row, "name", base.name()), or(row, "sbiCode", base.sbiCode()), sizeClass, employees,
                or(row, "street", base.street()), or(row, "houseNumber", base.houseNumber()),
                or(row, "postcode", base.postcode()), or(row, "city", base.city()), or(row, "district", base.district()),
                or(row, "website", base.website()),
                row.value("tags") == null ? base.tags() : Arrays.stream(row.value("tags").split("[;,]"))
                        .map(String::trim).filter(tag -> !tag.isEmpty()).toList());
    }

    private static String or(ImportRow row, String field, String current) {
        String value = row.value(field);
        return value == null ? current : value;
    }
}
