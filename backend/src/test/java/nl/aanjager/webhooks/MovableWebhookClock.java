package nl.aanjager.webhooks;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/** The webhooks' clock in tests: real time, unless a test moves it on (a day after a rotation). */
@Mock
@ApplicationScoped
public class MovableWebhookClock extends WebhookClock {
    private volatile Duration ahead = Duration.ZERO;

    @Override
    public Instant now() {
        return Instant.now().plus(ahead);
    }

    public void moveOn(Duration by) {
        ahead = ahead.plus(by);
    }

    public void reset() {
        ahead = Duration.ZERO;
    }
}
