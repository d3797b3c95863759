package nl.aanjager.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.aanjager.activities.Activity;
import nl.aanjager.audit.AuditRecorded;
import nl.aanjager.companies.Company;
import nl.aanjager.events.Registration;
import nl.aanjager.imports.ImportJob;
import nl.aanjager.referrals.Referral;

/**
 * Writes the outbox row of a change, in the change's own transaction: it observes the audit
 * event that every audited write fires synchronously, so an event exists exactly when its change
 * commits, and no service needs a webhook call of its own. One insert per change, nothing more:
 * the entity is already in the persistence context, and who receives the event is settled later
 * by the dispatcher. (company.stage_reached is written by a trigger on company_stage_entry, V14.)
 *
 * <p>Payloads carry ids and non-personal fields only: no contact names, e-mail addresses, phone
 * numbers or free texts (a referral's reason, an activity's summary) that may hold them.
 */
@ApplicationScoped
public class OutboxWriter {
    /** Who may receive an event; the dispatcher turns it into subscriptions. */
    enum Audience { ALL, PARTNERS, WORKS_WITH, ORGANISERS, SUBSCRIPTION }

    record Outgoing(WebhookEventType type, Audience audience, List<Long> partnerIds, Long companyId, Long entityId,
            Map<String, Object> data) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    WebhookDispatcher dispatcher;

    void onWrite(@Observes AuditRecorded change) {
        eventOf(change).ifPresent(this::insert);
    }

    /** The dispatcher looks at once instead of at its next poll; it runs after commit, so the row is there. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditRecorded change) {
        dispatcher.wakeUp();
    }

    private Optional<Outgoing> eventOf(AuditRecorded change) {
        long id = change.entityId();
        return switch (change.action()) {
            case "company.created" -> company(WebhookEventType.COMPANY_CREATED, id);
            case "company.updated" -> company(WebhookEventType.COMPANY_UPDATED, id);
            case "activity.created" -> activity(id);
            case "referral.created" -> referral(WebhookEventType.REFERRAL_CREATED, id);
            case "referral.accepted" -> referral(WebhookEventType.REFERRAL_ACCEPTED, id);
            case "referral.declined" -> referral(WebhookEventType.REFERRAL_DECLINED, id);
            case "referral.done", "referral.completed" -> referral(WebhookEventType.REFERRAL_COMPLETED, id);
            case "registration.created" -> registration(WebhookEventType.REGISTRATION_CREATED, id);
            case "registration.cancelled" -> registration(WebhookEventType.REGISTRATION_CANCELLED, id);
            case "check-in.admitted", "check-in.walk-in" -> registration(WebhookEventType.REGISTRATION_CHECKED_IN, id);
            case "import.applied" -> importFinished(id);
            default -> Optional.empty();
        };
    }

    private Optional<Outgoing> company(WebhookEventType type, long id) {
        return Optional.ofNullable(entityManager.find(Company.class, id)).map(company -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("companyId", company.id);
            data.put("kvkNumber", company.kvkNumber);
            data.put("branchNumber", company.branchNumber);
            data.put("name", company.name);
            data.put("sbiCode", company.sbiCode);
            data.put("sizeClass", company.sizeClass);
            data.put("postcode", company.postcode);
            data.put("city", company.city);
            data.put("district", company.district);
            // master data: every partner reads it through the API
            return new Outgoing(type, Audience.ALL, List.of(), company.id, company.id, data);
        });
    }

    private Optional<Outgoing> activity(long id) {
        return Optional.ofNullable(entityManager.find(Activity.class, id)).map(activity -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("activityId", activity.id);
            data.put("companyId", activity.companyId);
            data.put("partnerId", activity.partnerId);
            data.put("type", activity.type);
            data.put("occurredOn", activity.occurredOn.toString());
            data.put("programmeId", activity.programmeId);
            data.put("stageId", activity.stageId);
            data.put("themes", activity.themes);
            data.put("needs", activity.needs);
            // that an activity happened is visible to the whole network; its summary and person are not sent
            return new Outgoing(WebhookEventType.ACTIVITY_CREATED, Audience.ALL, List.of(), activity.companyId,
                    activity.id, data);
        });
    }

    private Optional<Outgoing> referral(WebhookEventType type, long id) {
        return Optional.ofNullable(entityManager.find(Referral.class, id)).map(referral -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("referralId", referral.id);
            data.put("companyId", referral.companyId);
            data.put("fromPartnerId", referral.fromPartnerId);
            data.put("toPartnerId", referral.toPartnerId);
            data.put("status", referral.status);
            return new Outgoing(type, Audience.PARTNERS, List.of(referral.fromPartnerId, referral.toPartnerId),
                    referral.companyId, referral.id, data);
        });
    }

    private Optional<Outgoing> registration(WebhookEventType type, long id) {
        return Optional.ofNullable(entityManager.find(Registration.class, id)).map(registration -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("registrationId", registration.id);
            data.put("eventId", registration.eventId);
            data.put("companyId", registration.companyId);
            data.put("status", registration.status);
            data.put("walkIn", registration.walkIn);
            data.put("checkedInAt", registration.checkedInAt == null ? null : registration.checkedInAt.toString());
            return new Outgoing(type, Audience.ORGANISERS, List.of(), registration.companyId, registration.id, data);
        });
    }

    private Optional<Outgoing> importFinished(long id) {
        return Optional.ofNullable(entityManager.find(ImportJob.class, id)).map(job -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("importId", job.id);
            data.put("kind", job.kind);
            data.put("state", job.state);
            data.put("created", job.created);
            data.put("updated", job.updated);
            data.put("unchanged", job.kept);
            data.put("rejected", job.rejected + job.rejectedWhenApplied);
            // the importing partner's own business; an import of admin or staff only to the municipality
            return new Outgoing(WebhookEventType.IMPORT_FINISHED, Audience.PARTNERS,
                    job.partnerId == null ? List.of() : List.of(job.partnerId), null, job.id, data);
        });
    }

    private void insert(Outgoing event) {
        String data;
        try {
            data = json.writeValueAsString(event.data());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A webhook payload could not be written", e);
        }
        entityManager.createNativeQuery("""
                insert into webhook_event (type, audience, partner_ids, company_id, entity_id, data)
                values (?1, ?2, cast(?3 as bigint[]), cast(cast(?4 as text) as bigint), ?5, cast(?6 as jsonb))
                """)
                .setParameter(1, event.type().wireName)
                .setParameter(2, event.audience().name())
                .setParameter(3, event.partnerIds().stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .setParameter(4, event.companyId() == null ? null : event.companyId().toString())
                .setParameter(5, event.entityId())
                .setParameter(6, data)
                .executeUpdate();
    }
}
