package nl.aanjager.webhooks;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class WebhookSubscriptionRepository implements PanacheRepository<WebhookSubscription> {
    /** All subscriptions (partner null), or one partner's; newest first. */
    PanacheQuery<WebhookSubscription> ofPartner(Long partnerId) {
        Sort order = Sort.descending("id");
        return partnerId == null ? findAll(order) : find("partnerId", order, partnerId);
    }
}
