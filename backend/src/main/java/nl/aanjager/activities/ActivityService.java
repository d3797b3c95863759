package nl.aanjager.activities;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import nl.aanjager.activities.ActivityDtos.ActivityRequest;
import nl.aanjager.audit.AuditLog;
import nl.aanjager.audit.Changes;
import nl.aanjager.common.etag.ETags;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.common.security.AccessScope;
import nl.aanjager.companies.CompanyRepository;
import nl.aanjager.contacts.ContactRepository;
import nl.aanjager.funnel.FunnelService;
import nl.aanjager.funnel.StageSource;
import nl.aanjager.partners.PartnerRepository;
import nl.aanjager.common.time.ProgrammeCalendar;

/**
 * Activities partners hold with companies. A partner records and changes only its own;
 * everyone in the network sees that they happened, but a confidential summary only its own
 * partner (and admin, staff) reads.
 */
@ApplicationScoped
public class ActivityService {
    @Inject
    ProgrammeCalendar calendar;

    /** Activities are dated by day; a credited stage counts from the start of that day here. */

    @Inject
    ActivityRepository activities;

    @Inject
    CompanyRepository companies;

    @Inject
    ContactRepository contacts;

    @Inject
    PartnerRepository partners;

    @Inject
    FunnelService funnel;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    /**
     * At one company, every partner's activities (the network coordinates there); across
     * companies, a partner lists only its own, since that list is its client list.
     */
    public PageResult<Activity> list(Long companyId, Long partnerId, ActivityType type, LocalDate from,
            LocalDate to, int page, int size) {
        scope.refuseOtherPartnersRelationships("partnerId", partnerId);
        Long partner = companyId == null && partnerId == null ? scope.partnerOfCaller().orElse(null) : partnerId;
        PanacheQuery<Activity> query = activities.search(companyId, partner, type, from, to);
        List<Activity> items = query.page(page, size).list();
        return new PageResult<>(items, query.count(), page, size);
    }

    public Optional<Activity> find(long id) {
        return activities.findByIdOptional(id);
    }

    @Transactional
    public Activity create(ActivityRequest request) {
        Activity activity = new Activity();
        activity.partnerId = actingPartner(request.partnerId());
        activity.companyId = request.companyId();
        activity.createdBy = scope.actor();
        activity.createdAt = OffsetDateTime.now();
        apply(request, activity);
        activities.persistAndFlush(activity);
        creditStage(activity);
        audit.record("activity.created", "activity", activity.id, activity.companyId, Changes.created(activity));
        return activity;
    }

    @Transactional
    public Optional<Activity> update(long id, long expectedVersion, ActivityRequest request) {
        return ownActivity(id).map(activity -> {
            ETags.checkVersion(activity.version, OptionalLong.of(expectedVersion));
            if (request.companyId() != activity.companyId) {
                throw ApiException.invalidField("companyId", FieldErrorCode.CANNOT_CHANGE, "cannot change; record a new activity instead");
            }
            if (request.partnerId() != null && request.partnerId() != activity.partnerId) {
                throw ApiException.invalidField("partnerId", FieldErrorCode.CANNOT_CHANGE, "cannot change");
            }
            boolean creditChanged = !Objects.equals(request.programmeId(), activity.programmeId)
                    || !Objects.equals(request.stageId(), activity.stageId)
                    || !request.occurredOn().equals(activity.occurredOn);
            var before = Changes.snapshot(activity);
            apply(request, activity);
            activities.flush();
            if (creditChanged) {
                funnel.withdrawFromSource(StageSource.ACTIVITY, activity.id, "activity " + id + " changed");
                creditStage(activity);
            }
            audit.recordUpdate("activity.updated", "activity", id, activity.companyId, before, activity);
            return activity;
        });
    }

    @Transactional
    public boolean delete(long id, OptionalLong expectedVersion) {
        Optional<Activity> activity = ownActivity(id);
        activity.ifPresent(found -> {
            ETags.checkVersion(found.version, expectedVersion);
            funnel.withdrawFromSource(StageSource.ACTIVITY, id, "activity " + id + " deleted");
            Changes gone = Changes.deleted(found);
            activities.delete(found);
            audit.record("activity.deleted", "activity", id, found.companyId, gone);
        });
        return activity.isPresent();
    }

    /** An activity the caller may change: its own partner's, or any for admin and staff. */
    private Optional<Activity> ownActivity(long id) {
        return activities.findByIdOptional(id).filter(activity -> scope.actsFor(activity.partnerId));
    }

    private long actingPartner(Long requested) {
        if (scope.seesEverything()) {
            if (requested == null) {
                throw ApiException.invalidField("partnerId", FieldErrorCode.REQUIRED, "must name the partner that held the activity");
            }
            if (partners.findByIdOptional(requested).isEmpty()) {
                throw ApiException.invalidField("partnerId", FieldErrorCode.NOT_FOUND, "no such partner");
            }
            return requested;
        }
        long own = scope.ownPartnerId();
        if (requested != null && requested != own) {
            throw ApiException.invalidField("partnerId", FieldErrorCode.OWN_PARTNER_ONLY, "you record activities for your own partner only");
        }
        return own;
    }

    private void apply(ActivityRequest request, Activity activity) {
        var company = companies.findByIdOptional(request.companyId())
                .orElseThrow(() -> ApiException.invalidField("companyId", FieldErrorCode.NOT_FOUND, "no such company"));
        if (company.mergedIntoId != null) {
            throw ApiException.invalidField("companyId", FieldErrorCode.MERGED, "was merged into company " + company.mergedIntoId);
        }
        if (request.contactId() != null && !Objects.equals(request.contactId(), activity.contactId)
                && contacts.findByIdOptional(request.contactId())
                        .filter(contact -> contact.companyId == request.companyId())
                        .filter(contact -> scope.maySeePerson(contact.id)).isEmpty()) {
            // the same answer for a person the caller may not see: naming someone grants no access
            throw ApiException.invalidField("contactId", FieldErrorCode.DOES_NOT_BELONG, "is not a contact person of this company");
        }
        if ((request.programmeId() == null) != (request.stageId() == null)) {
            throw ApiException.invalidField("stageId", FieldErrorCode.ONE_OF, "programmeId and stageId go together");
        }
        activity.contactId = request.contactId();
        activity.type = request.type();
        activity.occurredOn = request.occurredOn();
        activity.summary = request.summary() == null || request.summary().isBlank() ? null : request.summary().trim();
        activity.confidential = Boolean.TRUE.equals(request.confidential());
        activity.themes = request.themes() == null ? new ArrayList<>()
                : new ArrayList<>(request.themes().stream().sorted().map(Enum::name).toList());
        activity.needs = request.needs() == null ? new ArrayList<>()
                : new ArrayList<>(request.needs().stream().sorted().map(Enum::name).toList());
        activity.programmeId = request.programmeId();
        activity.stageId = request.stageId();
    }

    private void creditStage(Activity activity) {
        if (activity.stageId != null) {
            funnel.record(new FunnelService.Progress(activity.companyId, activity.programmeId, activity.stageId,
                    calendar.startOf(activity.occurredOn), StageSource.ACTIVITY,
                    activity.id, activity.partnerId));
        }
    }
}
