package nl.aanjager.common.ratelimit;

import io.vertx.core.http.HttpServerRequest;

/**
 * The client's address, for limits per client. With quarkus.http.proxy.proxy-address-forwarding
 * on, Quarkus puts the forwarded address here only for a connection from one of
 * quarkus.http.proxy.trusted-proxies; anyone else's X-Forwarded-For is ignored, so a client cannot
 * pick its own bucket (README "Behind a proxy").
 */
public final class ClientAddress {
    private ClientAddress() {
    }

    public static String of(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }
}
