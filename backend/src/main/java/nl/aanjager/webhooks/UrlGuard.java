package nl.aanjager.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Keeps webhook URLs from reaching inside our own network (server-side request forgery): only
 * {@code https}, and no host that resolves to a loopback, private, link-local (cloud metadata),
 * carrier-grade NAT, unique-local, multicast or unspecified address. Checked when a subscription
 * is saved and again before every attempt, since a name can resolve elsewhere later. Dev, test and
 * the local jar may allow {@code http} to loopback ({@code aanjager.webhooks.allow-loopback}).
 */
@ApplicationScoped
public class UrlGuard {
    /** Resolves a host name to all its addresses; a seam for tests of names that resolve inward. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    @Inject
    WebhookConfig config;

    /** Why this URL may not be called under the configured rules, or empty when it may. */
    public Optional<String> refusal(String url) {
        return refusal(url, config.allowLoopback(), InetAddress::getAllByName);
    }

    /** The rule itself, for any setting (tests check the production setting directly). */
    public static Optional<String> refusal(String url, boolean allowLoopback, Resolver resolver) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL");
        }
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getScheme() == null) {
            return Optional.of("must be an absolute https URL with a host name");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not contain a user name or password");
        }
        String scheme = uri.getScheme().toLowerCase();
        if (!scheme.equals("https") && !(allowLoopback && scheme.equals("http"))) {
            return Optional.of("must use https");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("host " + uri.getHost() + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (address.isLoopbackAddress()) {
                if (!allowLoopback) {
                    return Optional.of("resolves to a loopback address, which is not allowed");
                }
            } else if (internal(address)) {
                return Optional.of("resolves to a private or reserved address (" + address.getHostAddress()
                        + "), which is not allowed");
            } else if (scheme.equals("http")) {
                return Optional.of("must use https (http only to this machine, in development)");
            }
        }
        return Optional.empty();
    }

    private static boolean internal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 // "this network"
                    || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT 100.64/10
                    || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // IETF protocol assignments
                    || (first == 198 && (second == 18 || second == 19)) // benchmarking 198.18/15
                    || first >= 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc // unique local fc00::/7 (cloud metadata fd00:ec2::254 too)
                    || ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xc0) == 0xc0); // old site-local fec0::/10
        }
        return false;
    }
}
