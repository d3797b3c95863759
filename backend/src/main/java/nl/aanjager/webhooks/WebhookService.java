package nl.aanjager.webhooks;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.aanjager.audit.AuditLog;
import nl.aanjager.audit.Changes;
import nl.aanjager.common.etag.ETags;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.common.problem.ApiException;
import nl.aanjager.common.problem.FieldErrorCode;
import nl.aanjager.common.problem.ProblemCode;
import nl.aanjager.common.security.AccessScope;
import nl.aanjager.partners.PartnerRepository;
import nl.aanjager.webhooks.WebhookDtos.DeliveryQueued;
import nl.aanjager.webhooks.WebhookDtos.DeliveryResponse;
import nl.aanjager.webhooks.WebhookDtos.SecretResponse;
import nl.aanjager.webhooks.WebhookDtos.SubscriptionRequest;

/**
 * Subscriptions and what their owners do with them. A partner's people and its API client manage
 * the partner's own subscriptions and see no others (not found, as if they did not exist); admins
 * manage all, and create the municipality's own (no partner), which receive every event.
 */
@ApplicationScoped
public class WebhookService {
    /** Fired after a commit that queued a delivery (ping, re-send), so the dispatcher looks at once. */
    record DeliveryQueuedEvent() {
    }

    @Inject
    WebhookSubscriptionRepository subscriptions;

    @Inject
    PartnerRepository partners;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    @Inject
    UrlGuard guard;

    @Inject
    WebhookConfig config;

    @Inject
    WebhookClock clock;

    @Inject
    DeliveryLog log;

    @Inject
    EntityManager entityManager;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    Event<DeliveryQueuedEvent> queued;

    public PageResult<WebhookSubscription> list(Long partnerId, int page, int size) {
        scope.refuseOtherPartnersRelationships("partnerId", partnerId);
        Long owner = scope.seesEverything() ? partnerId : Long.valueOf(scope.ownPartnerId());
        PanacheQuery<WebhookSubscription> query = subscriptions.ofPartner(owner);
        return new PageResult<>(query.page(page, size).list(), query.count(), page, size);
    }

    /** The subscription, when the caller manages it. */
    public Optional<WebhookSubscription> find(long id) {
        return subscriptions.findByIdOptional(id).filter(s -> scope.seesEverything()
                || (s.partnerId != null && scope.actsFor(s.partnerId)));
    }

    /** Creates the subscription with its first secret, which is returned here and never again. */
    @Transactional
    public Created create(SubscriptionRequest request) {
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.partnerId = owner(request.partnerId());
        apply(subscription, request);
        subscription.enabled = request.enabled() == null || request.enabled();
        subscription.createdBy = scope.actor();
        subscription.createdAt = OffsetDateTime.now();
        subscriptions.persistAndFlush(subscription);
        String secret = addSecret(subscription.id);
        audit.record("webhook.created", "webhook_subscription", subscription.id, null, Changes.created(subscription));
        return new Created(subscription, secret);
    }

    public record Created(WebhookSubscription subscription, String secret) {
    }

    @Transactional
    public Optional<WebhookSubscription> update(long id, long expectedVersion, SubscriptionRequest request) {
        return find(id).map(subscription -> {
            ETags.checkVersion(subscription.version, OptionalLong.of(expectedVersion));
            if (request.partnerId() != null && !request.partnerId().equals(subscription.partnerId)) {
                throw ApiException.invalidField("partnerId", FieldErrorCode.CANNOT_CHANGE, "a subscription stays with its partner; create a new one");
            }
            var before = Changes.snapshot(subscription);
            apply(subscription, request);
            boolean enable = request.enabled() == null || request.enabled();
            if (enable && !subscription.enabled) {
                // its owner fixed the endpoint: start counting failures afresh
                subscription.disabledReason = null;
                subscription.disabledAt = null;
                subscription.failingSince = null;
            }
            subscription.enabled = enable;
            subscriptions.flush();
            audit.recordUpdate("webhook.updated", "webhook_subscription", id, null, before, subscription);
            return subscription;
        });
    }

    @Transactional
    public boolean delete(long id) {
        return find(id).map(subscription -> {
            Changes gone = Changes.deleted(subscription);
            subscriptions.delete(subscription);
            audit.record("webhook.deleted", "webhook_subscription", id, null, gone);
            return true;
        }).orElse(false);
    }

    /**
     * A new secret; the current one keeps signing next to it for a while (both signatures in the
     * header), so the receiver can switch without losing a message.
     */
    @Transactional
    public Optional<SecretResponse> rotateSecret(long id) {
        return find(id).map(subscription -> {
            Instant until = clock.now().plus(config.previousSecretValidFor());
            entityManager.createNativeQuery("""
                    update webhook_secret set expires_at = ?1
                    where subscription_id = ?2 and (expires_at is null or expires_at > ?1)
                    """).setParameter(1, until.atOffset(ZoneOffset.UTC)).setParameter(2, id).executeUpdate();
            String secret = addSecret(id);
            // the secrets themselves never go into the trail: only that the old one now expires
            audit.record("webhook.secret-rotated", "webhook_subscription", id, null,
                    Changes.of("previousSecretValidUntil", null, until));
            return new SecretResponse(secret, until.atOffset(ZoneOffset.UTC));
        });
    }

    /** Queues a {@value WebhookEventType#PING} event for this subscription alone. */
    @Transactional
    public Optional<DeliveryQueued> ping(long id) {
        return find(id).map(subscription -> {
            long eventId = ((Number) entityManager.createNativeQuery("""
                    insert into webhook_event (type, audience, company_id, entity_id, data, fanned_out)
                    values (?1, 'SUBSCRIPTION', null, ?2, cast(?3 as jsonb), true) returning id
                    """).setParameter(1, WebhookEventType.PING).setParameter(2, id)
                    .setParameter(3, "{\"subscriptionId\":" + id + "}").getSingleResult()).longValue();
            long deliveryId = ((Number) entityManager.createNativeQuery("""
                    insert into webhook_delivery (subscription_id, event_id, state, next_attempt_at, created_at)
                    values (?1, ?2, 'PENDING', ?3, ?3) returning id
                    """).setParameter(1, id).setParameter(2, eventId)
                    .setParameter(3, clock.now().atOffset(ZoneOffset.UTC)).getSingleResult()).longValue();
            queued.fire(new DeliveryQueuedEvent());
            audit.record("webhook.pinged", "webhook_subscription", id, null, Changes.of("deliveryId", null, deliveryId));
            return new DeliveryQueued(deliveryId, eventId);
        });
    }

    /**
     * Sends a delivery again, whatever became of it: due at once, with the whole retry schedule
     * ahead of it again. Refused while a dispatcher is sending it.
     */
    @Transactional
    public Optional<DeliveryQueued> resend(long id, long deliveryId) {
        return find(id).map(subscription -> {
            OffsetDateTime now = clock.now().atOffset(ZoneOffset.UTC);
            @SuppressWarnings("unchecked")
            List<Object[]> delivery = entityManager.createNativeQuery("""
                    select id, event_id, lease_until > ?3 from webhook_delivery
                    where id = ?1 and subscription_id = ?2 for update
                    """).setParameter(1, deliveryId).setParameter(2, id).setParameter(3, now).getResultList();
            if (delivery.isEmpty()) {
                throw ApiException.notFound("Delivery", deliveryId);
            }
            if (Boolean.TRUE.equals(delivery.get(0)[2])) {
                throw ApiException.conflict(ProblemCode.DELIVERY_BUSY,
                        "This delivery is being sent right now; look at its attempts in a moment");
            }
            entityManager.createNativeQuery("""
                    update webhook_delivery set state = 'PENDING', attempts_in_round = 0, next_attempt_at = ?2,
                           lease_until = null
                    where id = ?1
                    """).setParameter(1, deliveryId).setParameter(2, now).executeUpdate();
            queued.fire(new DeliveryQueuedEvent());
            audit.record("webhook.delivery-resent", "webhook_subscription", id, null,
                    Changes.of("resentDeliveryId", null, deliveryId));
            return new DeliveryQueued(deliveryId, ((Number) delivery.get(0)[1]).longValue());
        });
    }

    public Optional<PageResult<DeliveryResponse>> deliveries(long id, int page, int size) {
        return find(id).map(subscription -> log.page(id, page, size));
    }

    void wakeDispatcher(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveryQueuedEvent event) {
        dispatcher.wakeUp();
    }

    private void apply(WebhookSubscription subscription, SubscriptionRequest request) {
        String url = request.url().trim();
        guard.refusal(url).ifPresent(reason -> {
            throw ApiException.invalidField("url", FieldErrorCode.FORMAT, reason, "format", "webhook-url");
        });
        LinkedHashSet<String> types = new LinkedHashSet<>();
        for (String type : request.eventTypes()) {
            if (WebhookEventType.of(type.trim()).isEmpty()) {
                throw ApiException.invalidField("eventTypes", FieldErrorCode.UNKNOWN_VALUE, "unknown event type '" + type
                        + "'; GET /api/webhooks/event-types lists them");
            }
            types.add(type.trim());
        }
        subscription.url = url;
        subscription.eventTypes = List.copyOf(types);
        subscription.description = request.description() == null || request.description().isBlank()
                ? null : request.description().trim();
    }

    /** A partner subscribes for itself; an admin for a partner it names, or for the municipality. */
    private Long owner(Long requested) {
        if (!scope.seesEverything()) {
            long own = scope.ownPartnerId();
            if (requested != null && requested != own) {
                throw ApiException.forbiddenField("partnerId", FieldErrorCode.OWN_PARTNER_ONLY, "you subscribe for your own partner only");
            }
            return own;
        }
        if (requested != null && partners.findByIdOptional(requested).isEmpty()) {
            throw ApiException.invalidField("partnerId", FieldErrorCode.NOT_FOUND, "no such partner");
        }
        return requested;
    }

    private String addSecret(long subscriptionId) {
        String secret = WebhookSignatures.newSecret();
        entityManager.createNativeQuery("""
                insert into webhook_secret (subscription_id, secret, created_at) values (?1, ?2, ?3)
                """).setParameter(1, subscriptionId).setParameter(2, secret)
                .setParameter(3, clock.now().atOffset(ZoneOffset.UTC)).executeUpdate();
        return secret;
    }
}
