package nl.aanjager.ambassadors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.aanjager.ambassadors.AmbassadorDtos.AmbassadorRequest;
import nl.aanjager.audit.AuditLog;
import nl.aanjager.audit.Changes;
import nl.aanjager.common.etag.ETags;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.contacts.Contact;
import nl.aanjager.contacts.ContactRepository;
import nl.aanjager.programmes.ProgrammeRepository;
import nl.aanjager.common.time.ProgrammeCalendar;

/** Ambassadors of a programme and their terms. */
@ApplicationScoped
public class AmbassadorService {
    @Inject
    ProgrammeCalendar calendar;

    @Inject
    AmbassadorRepository ambassadors;

    @Inject
    ContactRepository contacts;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    AuditLog audit;

    /** @param current true: appointed today; false: past or future terms; null: all */
    public List<Ambassador> list(Long programmeId, Boolean current) {
        LocalDate today = calendar.today();
        List<Ambassador> found = ambassadors.ofProgramme(programmeId).stream()
                .filter(a -> current == null || a.isCurrentOn(today) == current).toList();
        return found;
    }

    public Optional<Ambassador> find(long id) {
        return ambassadors.findByIdOptional(id);
    }

    @Transactional
    public Ambassador appoint(AmbassadorRequest request) {
        Ambassador ambassador = new Ambassador();
        apply(request, ambassador);
        ambassadors.persistAndFlush(ambassador);
        audit.record("ambassador.appointed", "ambassador", ambassador.id, companyOf(ambassador),
                Changes.created(ambassador));
        return ambassador;
    }

    @Transactional
    public Optional<Ambassador> update(long id, long expectedVersion, AmbassadorRequest request) {
        return ambassadors.findByIdOptional(id).map(ambassador -> {
            ETags.checkVersion(ambassador.version, OptionalLong.of(expectedVersion));
            var before = Changes.snapshot(ambassador);
            apply(request, ambassador);
            ambassadors.flush();
            audit.recordUpdate("ambassador.updated", "ambassador", id, companyOf(ambassador), before, ambassador);
            return ambassador;
        });
    }

    private void apply(AmbassadorRequest request, Ambassador ambassador) {
        Contact contact = contacts.findByIdOptional(request.contactId())
                .orElseThrow(() -> ApiException.invalidField("contactId", FieldErrorCode.NOT_FOUND, "no such contact person"));
        if (contact.erasedAt != null) {
            throw ApiException.invalidField("contactId", FieldErrorCode.ERASED, "this person was erased");
        }
        if (programmes.findByIdOptional(request.programmeId()).isEmpty()) {
            throw ApiException.invalidField("programmeId", FieldErrorCode.NOT_FOUND, "no such programme");
        }
        if (request.termEnd() != null && request.termEnd().isBefore(request.termStart())) {
            throw ApiException.invalidField("termEnd", FieldErrorCode.BEFORE_OTHER, "must not be before termStart");
        }
        ambassador.contactId = request.contactId();
        ambassador.programmeId = request.programmeId();
        ambassador.termStart = request.termStart();
        ambassador.termEnd = request.termEnd();
    }

    private Long companyOf(Ambassador ambassador) {
        return contacts.findByIdOptional(ambassador.contactId).map(c -> c.companyId).orElse(null);
    }
}
