package nl.aanjager.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.common.security.AccessScope;
import nl.aanjager.companies.Company;
import nl.aanjager.companies.CompanyRepository;
import nl.aanjager.contacts.Contact;
import nl.aanjager.contacts.ContactDtos.ContactRequest;
import nl.aanjager.contacts.ContactRepository;
import nl.aanjager.contacts.ContactService;
import nl.aanjager.common.time.ProgrammeCalendar;

/**
 * Contact persons at companies the register knows (by KvK number). A person with the same
 * email address at the same company is the same person: updated when the importer may see them,
 * refused when they are another partner's, so an import never reaches into another's contacts.
 */
@ApplicationScoped
class ContactImport implements ImportTarget {
    @Inject
    ProgrammeCalendar calendar;

    static final List<ImportField> FIELDS = List.of(
            ImportField.required("companyKvkNumber", "KvK-nummer", "KvK", "KvK nr", "kvkNumber", "company KvK number"),
            ImportField.optional("companyBranchNumber", "Vestigingsnummer", "branchNumber", "branch"),
            ImportField.required("name", "Naam", "Contactpersoon", "Volledige naam", "full name", "contact name"),
            ImportField.optional("email", "E-mail", "E-mailadres", "Email address", "mail"),
            ImportField.optional("phone", "Telefoon", "Telefoonnummer", "Mobiel", "phone number", "telephone"),
            ImportField.optional("jobTitle", "Functie", "Job title", "role"),
            ImportField.optional("consentPurpose", "Toestemming doel", "Doel toestemming", "Toestemming voor",
                    "consent purpose"),
            ImportField.optional("consentSource", "Bron toestemming", "Toestemming bron", "Toestemming gegeven via",
                    "consent source"),
            ImportField.optional("consentGivenAt", "Toestemming gegeven op", "Datum toestemming", "consent date",
                    "consent given at"));

    /** Dates without a time of day are read in the programme's time zone. */

    @Inject
    CompanyRepository companies;

    @Inject
    ContactRepository contacts;

    @Inject
    ContactService contactService;

    @Inject
    AccessScope scope;

    @Inject
    Validator validator;

    @Override
    public ImportKind kind() {
        return ImportKind.CONTACTS;
    }

    @Override
    public List<ImportField> fields() {
        return FIELDS;
    }

    @Override
    public void preview(List<ImportRow> rows) {
        Map<String, Integer> firstRowOf = new HashMap<>();
        for (ImportRow row : rows) {
            String email = row.value("email");
            if (email != null) {
                String key = CompanyRepository.kvkKey(row.value("companyKvkNumber"), row.value("companyBranchNumber"))
                        + "/" + email.trim().toLowerCase();
                Integer earlier = firstRowOf.putIfAbsent(key, row.number);
                if (earlier != null) {
                    row.rejectAsDuplicateOf("email", "person", earlier);
                }
            }
        }
        classify(rows.stream().filter(row -> !row.rejected()).toList());
    }

    @Override
    public void apply(List<ImportRow> rows) {
        Map<ImportRow, ContactRequest> requests = classify(rows);
        for (ImportRow row : rows) {
            ContactRequest request = requests.get(row);
            if (request == null || row.action == ImportRow.Action.KEEP) {
                continue;
            }
            if (row.action == ImportRow.Action.CREATE) {
                row.entityId = contactService.create(request).id;
            } else {
                Contact contact = contacts.findById(row.entityId);
                contactService.update(contact.id, contact.version, request);
            }
        }
    }

    /** Each row's request and action, checked as the API checks a contact; rejected rows get none. */
    private Map<ImportRow, ContactRequest> classify(List<ImportRow> rows) {
        Map<String, Company> companyByKey = companies.liveByKvk(rows.stream().map(row -> row.value("companyKvkNumber"))
                .filter(Objects::nonNull).distinct().toList());
        Map<String, Contact> known = knownPeople(companyByKey.values().stream().map(c -> c.id).toList(), rows);
        scope.preloadPeople(known.values().stream().map(contact -> contact.id).toList());
        Map<ImportRow, ContactRequest> requests = new HashMap<>();
        for (ImportRow row : rows) {
            Company company = companyByKey.get(CompanyRepository.kvkKey(row.value("companyKvkNumber"),
                    row.value("companyBranchNumber")));
            if (company == null) {
                row.reject("companyKvkNumber", FieldErrorCode.NOT_FOUND,
                        "no company with this KvK number (and branch); import the company first", Map.of("what", "company"));
                continue;
            }
            String email = row.value("email") == null ? null : row.value("email").trim().toLowerCase();
            Contact existing = email == null ? null : known.get(company.id + "/" + email);
            if (existing != null && !scope.maySeePerson(existing.id)) {
                row.reject("email", FieldErrorCode.OWN_PARTNER_ONLY,
                        "this person was entered by another partner; only they can change the record", Map.of());
                continue;
            }
            ContactRequest request = request(row, company.id, existing);
            if (request == null || row.rejectIfInvalid(validator.validate(request), Map.of("companyId",
                    "companyKvkNumber"))) {
                continue;
            }
            try {
                ContactService.checkConsent(request);
            } catch (ApiException refused) {
                row.reject(refused, "consentPurpose");
                continue;
            }
            row.entityId = existing == null ? null : existing.id;
            row.action = existing == null ? ImportRow.Action.CREATE
                    : request.equals(asRequest(existing)) ? ImportRow.Action.KEEP : ImportRow.Action.UPDATE;
            requests.put(row, request);
        }
        return requests;
    }

    private Map<String, Contact> knownPeople(List<Long> companyIds, List<ImportRow> rows) {
        List<String> emails = rows.stream().map(row -> row.value("email")).filter(Objects::nonNull)
                .map(email -> email.trim().toLowerCase()).distinct().toList();
        Map<String, Contact> known = new HashMap<>();
        if (!companyIds.isEmpty() && !emails.isEmpty()) {
            contacts.list("companyId in ?1 and email in ?2 and erasedAt is null order by id", companyIds, emails)
                    .forEach(contact -> known.putIfAbsent(contact.companyId + "/" + contact.email, contact));
        }
        return known;
    }

    private static ContactRequest asRequest(Contact c) {
        return new ContactRequest(c.companyId, c.name, c.email, c.phone, c.jobTitle, c.consentPurpose, c.consentGivenAt,
                c.consentSource, new ArrayList<>(c.sharedWithPartnerIds));
    }

    /** The file's values over the person as they are (an empty cell leaves a value as it is). */
    private ContactRequest request(ImportRow row, long companyId, Contact existing) {
        ContactRequest base = existing == null ? new ContactRequest(companyId, null, null, null, null, null, null, null,
                List.of()) : asRequest(existing);
        OffsetDateTime consentGivenAt = base.consentGivenAt();
        if (row.value("consentGivenAt") != null) {
            try {
                consentGivenAt = ImportValues.date(row.value("consentGivenAt")).atTime(LocalTime.NOON)
                        .atZone(calendar.zone()).toOffsetDateTime();
            } catch (ImportValues.Unreadable e) {
                row.reject("consentGivenAt", e);
                return null;
            }
        }
        return new ContactRequest(companyId, or(row, "name", base.name()),
                row.value("email") == null ? base.email() : row.value("email").trim().toLowerCase(),
                or(row, "phone", base.phone()), or(row, "jobTitle", base.jobTitle()),
                or(row, "consentPurpose", base.consentPurpose()), consentGivenAt,
                or(row, "consentSource", base.consentSource()), base.sharedWithPartnerIds());
    }

    private static String or(ImportRow row, String field, String current) {
        String value = row.value(field);
        return value == null ? current : value;
    }
}
