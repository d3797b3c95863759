package nl.aanjager.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The time the dispatcher and the secrets go by: which secrets still sign, when a retry is due,
 * when a failing subscription is disabled. A bean of its own so that tests can move it on a day.
 */
@ApplicationScoped
public class WebhookClock {
    public Instant now() {
        return Instant.now();
    }
}
