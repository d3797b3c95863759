package nl.aanjager.common.ratelimit;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start with forwarded addresses switched on but no trusted proxy named: Quarkus would
 * then believe every client's X-Forwarded-For, and any client could choose its own rate-limit bucket.
 */
@ApplicationScoped
public class ProxySettingsCheck {
    @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false")
    boolean forwarding;

    @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies")
    Optional<List<String>> trustedProxies;

    void onStart(@Observes StartupEvent start) {
        if (forwarding && trustedProxies.filter(proxies -> !proxies.isEmpty()).isEmpty()) {
            throw new IllegalStateException("quarkus.http.proxy.proxy-address-forwarding is on but no trusted proxy"
                    + " is named: set QUARKUS_HTTP_PROXY_TRUSTED_PROXIES to the addresses of your proxies"
                    + " (see README, Behind a proxy)");
        }
    }
}
