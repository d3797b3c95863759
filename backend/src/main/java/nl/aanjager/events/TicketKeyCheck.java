package nl.aanjager.events;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Base64;

/**
 * Refuses to start without a ticket-signing key, with one too short to be secret, or — in
 * production — with the demo key that is in this repository for everyone to read: anyone could
 * then make valid tickets for every event.
 */
@ApplicationScoped
public class TicketKeyCheck {
    /** The key of application.properties' dev, test and local profiles; public, so never a real one. */
    static final String DEMO_KEY = "ZGVtby1vbmx5LXRpY2tldC1rZXktbm90LWZvci1wcm9kdWN0aW9uIQ==";
    private static final int MIN_BYTES = 32;
    private static final String HOW = "set AANJAGER_TICKETS_SIGNING_KEY to 32 random bytes in base64"
            + " (openssl rand -base64 32); see README, Configure";

    @Inject
    TicketConfig config;

    void onStart(@Observes StartupEvent start) {
        String key = config.signingKey().map(String::trim).filter(value -> !value.isEmpty())
                .orElseThrow(() -> new IllegalStateException("No ticket-signing key: " + HOW));
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The ticket-signing key is not base64: " + HOW);
        }
        if (bytes.length < MIN_BYTES) {
            throw new IllegalStateException("The ticket-signing key has " + bytes.length + " bytes, fewer than "
                    + MIN_BYTES + ": " + HOW);
        }
        if (DEMO_KEY.equals(key) && ConfigUtils.isProfileActive("prod")) {
            throw new IllegalStateException("The ticket-signing key is the demo key from the repository, which"
                    + " anyone can read: " + HOW);
        }
    }
}
