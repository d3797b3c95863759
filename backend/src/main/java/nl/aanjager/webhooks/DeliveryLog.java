package nl.aanjager.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanjager.common.sql.SqlValues;
import nl.aanjager.common.paging.PageResult;
import nl.aanjager.webhooks.WebhookDtos.AttemptResponse;
import nl.aanjager.webhooks.WebhookDtos.DeliveryResponse;

/** A subscription's deliveries, newest first, each with its attempts: three queries a page. */
@ApplicationScoped
class DeliveryLog {
    @Inject
    EntityManager entityManager;

    PageResult<DeliveryResponse> page(long subscriptionId, int page, int size) {
        long total = ((Number) entityManager.createNativeQuery(
                "select count(*) from webhook_delivery where subscription_id = ?1")
                .setParameter(1, subscriptionId).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select d.id, d.event_id, e.type, d.state, d.attempts, d.created_at, d.next_attempt_at, d.delivered_at
                from webhook_delivery d join webhook_event e on e.id = d.event_id
                where d.subscription_id = ?1 order by d.id desc limit ?2 offset ?3
                """).setParameter(1, subscriptionId).setParameter(2, size).setParameter(3, (long) page * size)
                .getResultList();
        Map<Long, List<AttemptResponse>> attempts = attemptsOf(rows.stream().map(row -> ((Number) row[0]).longValue()).toList());
        List<DeliveryResponse> items = new ArrayList<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            items.add(new DeliveryResponse(id, ((Number) row[1]).longValue(), (String) row[2], (String) row[3],
                    ((Number) row[4]).intValue(), SqlValues.timestamp(row[5]), SqlValues.timestamp(row[6]), SqlValues.timestamp(row[7]),
                    attempts.getOrDefault(id, List.of())));
        }
        return new PageResult<>(items, total, page, size);
    }

    private Map<Long, List<AttemptResponse>> attemptsOf(List<Long> deliveryIds) {
        Map<Long, List<AttemptResponse>> attempts = new HashMap<>();
        if (deliveryIds.isEmpty()) {
            return attempts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select delivery_id, attempted_at, status_code, duration_ms, response_excerpt, error
                from webhook_attempt where delivery_id in (?1) order by id desc
                """).setParameter(1, deliveryIds).getResultList();
        for (Object[] row : rows) {
            attempts.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>()).add(new AttemptResponse(
                    SqlValues.timestamp(row[1]), row[2] == null ? null : ((Number) row[2]).intValue(), ((Number) row[3]).intValue(),
                    (String) row[4], (String) row[5]));
        }
        return attempts;
    }

}
