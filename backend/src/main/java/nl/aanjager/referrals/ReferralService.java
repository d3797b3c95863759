package nl.aanjager.referrals;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import nl.aanjager.audit.AuditLog;
import nl.aanjager.audit.Changes;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.common.problem.ProblemCode;
import nl.aanjager.common.security.AccessScope;
import nl.aanjager.companies.CompanyRepository;
import nl.aanjager.contacts.ContactRepository;
import nl.aanjager.partners.PartnerRepository;
import nl.aanjager.referrals.ReferralDtos.ReferralRequest;

/** Referrals between partners: who may send, see and answer them, and the status rules. */
@ApplicationScoped
public class ReferralService {
    /** Which mailbox of the caller's partner a list shows. */
    public enum Box { INBOX, OUTBOX, ALL }

    @Inject
    ReferralRepository referrals;

    @Inject
    CompanyRepository companies;

    @Inject
    PartnerRepository partners;

    @Inject
    ContactRepository contacts;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    public PageResult<Referral> list(Box box, Long partnerId, Long companyId, ReferralStatus status, int page, int size) {
        Long own = scope.seesEverything() ? partnerId : Long.valueOf(scope.ownPartnerId());
        PanacheQuery<Referral> query = switch (box) {
            case INBOX -> referrals.search(own, null, null, companyId, status);
            case OUTBOX -> referrals.search(null, own, null, companyId, status);
            case ALL -> referrals.search(null, null, own, companyId, status);
        };
        return new PageResult<>(query.page(page, size).list(), query.count(), page, size);
    }

    /** The referral, when the caller sent or received it (admin and staff: any). */
    public Optional<Referral> find(long id) {
        return referrals.findByIdOptional(id)
                .filter(r -> scope.seesEverything() || scope.actsFor(r.fromPartnerId) || scope.actsFor(r.toPartnerId));
    }

    @Transactional
    public Referral create(ReferralRequest request) {
        long from = sendingPartner(request.fromPartnerId());
        if (partners.findByIdOptional(request.toPartnerId()).filter(p -> p.active).isEmpty()) {
            throw ApiException.invalidField("toPartnerId", FieldErrorCode.NOT_FOUND, "no such active partner");
        }
        if (request.toPartnerId() == from) {
            throw ApiException.invalidField("toPartnerId", FieldErrorCode.MUST_DIFFER, "must be another partner");
        }
        if (companies.findByIdOptional(request.companyId()).filter(c -> c.mergedIntoId == null).isEmpty()) {
            throw ApiException.invalidField("companyId", FieldErrorCode.NOT_FOUND, "no such company");
        }
        if (request.contactId() != null && contacts.findByIdOptional(request.contactId())
                .filter(contact -> contact.companyId == request.companyId() && contact.erasedAt == null)
                .filter(contact -> scope.maySeePerson(contact.id)).isEmpty()) {
            // the same answer for a person the caller may not see: naming someone grants no access
            throw ApiException.invalidField("contactId", FieldErrorCode.DOES_NOT_BELONG, "is not a contact person of this company");
        }
        Referral referral = new Referral();
        referral.companyId = request.companyId();
        referral.contactId = request.contactId();
        referral.fromPartnerId = from;
        referral.toPartnerId = request.toPartnerId();
        referral.reason = request.reason().trim();
        referral.status = ReferralStatus.OPEN;
        referral.createdBy = scope.actor();
        referral.createdAt = OffsetDateTime.now();
        referrals.persistAndFlush(referral);
        audit.record("referral.created", "referral", referral.id, referral.companyId, Changes.created(referral));
        return referral;
    }

    @Transactional
    public Optional<Referral> accept(long id, String note) {
        return answer(id, Set.of(ReferralStatus.OPEN), ReferralStatus.ACCEPTED, note);
    }

    @Transactional
    public Optional<Referral> decline(long id, String note) {
        return answer(id, Set.of(ReferralStatus.OPEN), ReferralStatus.DECLINED, note);
    }

    @Transactional
    public Optional<Referral> complete(long id, String note) {
        return answer(id, Set.of(ReferralStatus.ACCEPTED), ReferralStatus.DONE, note);
    }

    /** Only the receiving partner (or admin, staff) moves a referral on, and only forward. */
    private Optional<Referral> answer(long id, Set<ReferralStatus> from, ReferralStatus to, String note) {
        return find(id).map(referral -> {
            if (!scope.actsFor(referral.toPartnerId)) {
                throw ApiException.of(nl.aanjager.common.problem.ProblemType.FORBIDDEN, ProblemCode.REFERRAL_NOT_YOURS,
                        "Only the partner the company was referred to answers a referral");
            }
            if (!from.contains(referral.status)) {
                throw ApiException.conflict(ProblemCode.REFERRAL_STATUS, "The referral is "
                        + referral.status.name().toLowerCase() + "; it cannot become " + to.name().toLowerCase(),
                        "from", referral.status, "to", to);
            }
            var before = Changes.snapshot(referral);
            OffsetDateTime now = OffsetDateTime.now();
            if (to == ReferralStatus.DONE) {
                referral.completedAt = now;
            } else {
                referral.respondedAt = now;
            }
            if (note != null && !note.isBlank()) {
                referral.responseNote = note.trim();
            }
            referral.status = to;
            referrals.flush();
            audit.record("referral." + to.name().toLowerCase(), "referral", id, referral.companyId,
                    Changes.between(before, Changes.snapshot(referral)));
            return referral;
        });
    }

    private long sendingPartner(Long requested) {
        if (scope.seesEverything()) {
            if (requested == null || partners.findByIdOptional(requested).isEmpty()) {
                throw ApiException.invalidField("fromPartnerId", FieldErrorCode.REQUIRED, "must name the referring partner");
            }
            return requested;
        }
        long own = scope.ownPartnerId();
        if (requested != null && requested != own) {
            throw ApiException.invalidField("fromPartnerId", FieldErrorCode.OWN_PARTNER_ONLY, "you refer on behalf of your own partner only");
        }
        return own;
    }
}
