package nl.aanjager.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.aanjager.activities.ActivityDtos.ActivityRequest;
import nl.aanjager.activities.ActivityRepository;
import nl.aanjager.activities.ActivityService;
import nl.aanjager.activities.ActivityType;
import nl.aanjager.programmes.Need;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.common.security.AccessScope;
import nl.aanjager.companies.Company;
import nl.aanjager.companies.CompanyRepository;
import nl.aanjager.contacts.ContactRepository;
import nl.aanjager.partners.PartnerRepository;
import nl.aanjager.programmes.FunnelStage;
import nl.aanjager.programmes.FunnelStageRepository;
import nl.aanjager.programmes.Programme;
import nl.aanjager.programmes.ProgrammeRepository;
import nl.aanjager.programmes.Theme;

/**
 * Activities a partner held, with needs, themes and an optional stage credit, credited to the
 * importing partner (staff name the partner). The same activity (partner, company, kind, day)
 * is kept rather than added twice, so sending a file again changes nothing.
 */
@ApplicationScoped
class ActivityImport implements ImportTarget {
    static final List<ImportField> FIELDS = List.of(
            ImportField.required("companyKvkNumber", "KvK-nummer", "KvK", "KvK nr", "kvkNumber", "company KvK number"),
            ImportField.optional("companyBranchNumber", "Vestigingsnummer", "branchNumber", "branch"),
            ImportField.optional("partner", "Partner", "Organisatie", "Uitgevoerd door", "held by"),
            ImportField.required("type", "Soort", "Soort activiteit", "Activiteit", "activity type", "kind"),
            ImportField.required("occurredOn", "Datum", "Date", "Op", "occurred on"),
            ImportField.optional("summary", "Samenvatting", "Verslag", "Notities", "notes"),
            ImportField.optional("confidential", "Vertrouwelijk", "confidential"),
            ImportField.optional("themes", "Thema's", "Themas", "Thema", "themes"),
            ImportField.optional("needs", "Behoeften", "Behoefte", "Hulpvragen", "needs"),
            ImportField.optional("programme", "Programma", "program", "programme"),
            ImportField.optional("stage", "Fase", "Funnelfase", "stage", "funnel stage"),
            ImportField.optional("contactEmail", "E-mail contactpersoon", "Contactpersoon e-mail", "contact email"));

    static final Map<String, ActivityType> TYPES_IN_DUTCH = Map.of("adviesgesprek", ActivityType.ADVICE_SESSION,
            "bedrijfsbezoek", ActivityType.COMPANY_VISIT, "onderzoeksinterview", ActivityType.RESEARCH_INTERVIEW,
            "interview", ActivityType.RESEARCH_INTERVIEW, "telefoongesprek", ActivityType.PHONE_CALL,
            "telefonisch", ActivityType.PHONE_CALL);
    static final Map<String, Need> NEEDS_IN_DUTCH = Map.of("financiering", Need.FINANCING,
            "personeelenvaardigheden", Need.STAFF_AND_SKILLS, "personeel", Need.STAFF_AND_SKILLS,
            "digitalisering", Need.DIGITALISATION, "duurzaamheid", Need.SUSTAINABILITY, "circulariteit",
            Need.CIRCULARITY, "internationaalzakendoen", Need.INTERNATIONAL_TRADE, "regelgeving", Need.REGULATION,
            "huisvesting", Need.PREMISES, "netwerk", Need.NETWORK);
    static final Map<String, Theme> THEMES_IN_DUTCH = Map.of("duurzaam", Theme.SUSTAINABLE, "digitaal", Theme.DIGITAL,
            "circulair", Theme.CIRCULAR, "innovatie", Theme.INNOVATION, "internationaal", Theme.INTERNATIONAL,
            "vaardigheden", Theme.SKILLS);

    @Inject
    CompanyRepository companies;

    @Inject
    ContactRepository contacts;

    @Inject
    ActivityRepository activities;

    @Inject
    ActivityService activityService;

    @Inject
    PartnerRepository partners;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    FunnelStageRepository stages;

    @Inject
    AccessScope scope;

    @Inject
    Validator validator;

    @Override
    public ImportKind kind() {
        return ImportKind.ACTIVITIES;
    }

    @Override
    public List<ImportField> fields() {
        return FIELDS;
    }

    @Override
    public void preview(List<ImportRow> rows) {
        Map<String, Integer> firstRowOf = new HashMap<>();
        classify(rows).forEach((row, request) -> {
            Integer earlier = firstRowOf.putIfAbsent(key(request), row.number);
            if (earlier != null) {
                row.rejectAsDuplicateOf("occurredOn", "activity", earlier);
            }
        });
    }

    @Override
    public void apply(List<ImportRow> rows) {
        classify(rows).forEach((row, request) -> {
            if (row.action == ImportRow.Action.CREATE) {
                row.entityId = activityService.create(request).id;
            }
        });
    }

    /** Each row's request, checked as the API checks an activity; rejected rows get none. */
    private Map<ImportRow, ActivityRequest> classify(List<ImportRow> rows) {
        Map<String, Company> companyByKey = companies.liveByKvk(rows.stream().map(row -> row.value("companyKvkNumber"))
                .filter(Objects::nonNull).distinct().toList());
        Set<String> existing = existingActivities(companyByKey.values().stream().map(company -> company.id).toList());
        Map<String, Optional<Programme>> programmeByName = new HashMap<>();
        Map<ImportRow, ActivityRequest> requests = new java.util.LinkedHashMap<>();
        for (ImportRow row : rows) {
            Company company = companyByKey.get(CompanyRepository.kvkKey(row.value("companyKvkNumber"),
                    row.value("companyBranchNumber")));
            if (company == null) {
                row.reject("companyKvkNumber", FieldErrorCode.NOT_FOUND,
                        "no company with this KvK number (and branch); import the company first", Map.of("what", "company"));
                continue;
            }
            ActivityRequest request = request(row, company.id, programmeByName);
            if (request == null || row.rejectIfInvalid(validator.validate(request), Map.of("companyId",
                    "companyKvkNumber", "partnerId", "partner", "stageId", "stage", "programmeId", "programme",
                    "contactId", "contactEmail"))) {
                continue;
            }
            row.action = existing.contains(key(request)) ? ImportRow.Action.KEEP : ImportRow.Action.CREATE;
            requests.put(row, request);
        }
        return requests;
    }

    /** An activity is the same when the same partner held the same kind at the same company on the same day. */
    private static String key(ActivityRequest request) {
        return request.partnerId() + "/" + request.companyId() + "/" + request.type() + "/" + request.occurredOn();
    }

    /** The activities the companies of a chunk already have, by {@link #key}: one query, not one a row. */
    private Set<String> existingActivities(List<Long> companyIds) {
        Set<String> keys = new java.util.HashSet<>();
        if (!companyIds.isEmpty()) {
            activities.list("companyId in ?1", companyIds).forEach(a -> keys.add(a.partnerId + "/" + a.companyId + "/"
                    + a.type + "/" + a.occurredOn));
        }
        return keys;
    }

    private ActivityRequest request(ImportRow row, long companyId, Map<String, Optional<Programme>> programmeByName) {
        String field = "partner";
        try {
            Long partnerId = partner(row);
            field = "type";
            ActivityType type = ImportValues.oneOf(ActivityType.class, row.value("type"), TYPES_IN_DUTCH);
            field = "occurredOn";
            LocalDate occurredOn = ImportValues.date(row.value("occurredOn"));
            field = "confidential";
            Boolean confidential = row.value("confidential") == null ? null : ImportValues.yesNo(row.value("confidential"));
            field = "themes";
            Set<Theme> themes = row.value("themes") == null ? Set.of()
                    : ImportValues.setOf(Theme.class, row.value("themes"), THEMES_IN_DUTCH);
            field = "needs";
            Set<Need> needs = row.value("needs") == null ? Set.of()
                    : ImportValues.setOf(Need.class, row.value("needs"), NEEDS_IN_DUTCH);
            field = "programme";
            Long programmeId = null;
            Long stageId = null;
            if (row.value("programme") != null || row.value("stage") != null) {
                String name = Optional.ofNullable(row.value("programme"))
                        .orElseThrow(() -> new ImportValues.Unreadable(FieldErrorCode.NEEDS_OTHER, "a stage needs its programme",
                                "other", "programme")).trim();
                Programme programme = programmeByName.computeIfAbsent(name.toLowerCase(),
                        n -> programmes.findByNameIgnoreCase(name))
                        .orElseThrow(() -> new ImportValues.Unreadable(FieldErrorCode.NOT_FOUND, "no programme with this name",
                                "what", "programme"));
                field = "stage";
                FunnelStage stage = stages.ofProgramme(programme.id).stream().filter(s -> row.value("stage") != null
                        && (ImportField.key(s.name).equals(ImportField.key(row.value("stage")))
                                || s.code.equalsIgnoreCase(row.value("stage").trim())))
                        .findFirst().orElseThrow(() -> new ImportValues.Unreadable(FieldErrorCode.DOES_NOT_BELONG,
                                "is not a stage of " + programme.name, "programme", programme.name));
                programmeId = programme.id;
                stageId = stage.id;
            }
            field = "contactEmail";
            Long contactId = null;
            if (row.value("contactEmail") != null) {
                contactId = contacts.find("companyId = ?1 and email = ?2 and erasedAt is null", companyId,
                        row.value("contactEmail").trim().toLowerCase()).firstResultOptional()
                        .filter(contact -> scope.maySeePerson(contact.id)).map(contact -> contact.id)
                        .orElseThrow(() -> new ImportValues.Unreadable(FieldErrorCode.DOES_NOT_BELONG,
                                "is not a contact person of this company", "what", "contact"));
            }
            return new ActivityRequest(partnerId, companyId, contactId, type, occurredOn, row.value("summary"),
                    confidential, themes, needs, programmeId, stageId);
        } catch (ImportValues.Unreadable e) {
            row.reject(field, e);
            return null;
        }
    }

    /** A partner's own import is credited to it; staff name the partner that held the activity. */
    private Long partner(ImportRow row) {
        if (!scope.seesEverything()) {
            long own = scope.ownPartnerId();
            if (row.value("partner") != null && partners.findByNameIgnoreCase(row.value("partner").trim())
                    .filter(partner -> partner.id == own).isEmpty()) {
                throw new ImportValues.Unreadable(FieldErrorCode.OWN_PARTNER_ONLY,
                        "you import activities of your own partner only");
            }
            return own;
        }
        if (row.value("partner") == null) {
            throw new ImportValues.Unreadable(FieldErrorCode.REQUIRED,
                    "must name the partner that held the activity");
        }
        return partners.findByNameIgnoreCase(row.value("partner").trim()).map(partner -> partner.id)
                .orElseThrow(() -> new ImportValues.Unreadable(FieldErrorCode.NOT_FOUND, "no partner with this name",
                        "what", "partner"));
    }
}
