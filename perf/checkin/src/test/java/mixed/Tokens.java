package mixed;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Access tokens of the demo realm for the load's callers, fetched again every two minutes on a
 * thread of their own: the realm's tokens live five minutes, the mix runs longer, and a fetch
 * inside a request's session function would block Gatling's event loop.
 */
final class Tokens {
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

    private final String tokenUrl;
    private final HttpClient client = HttpClient.newHttpClient();
    private final Map<String, String> forms = new ConcurrentHashMap<>();
    private final Map<String, String> current = new ConcurrentHashMap<>();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "token-refresher");
        thread.setDaemon(true);
        return thread;
    });

    Tokens(String keycloakUrl) {
        this.tokenUrl = keycloakUrl + "/realms/aanjager/protocol/openid-connect/token";
        refresher.scheduleAtFixedRate(this::refreshAll, 2, 2, TimeUnit.MINUTES);
    }

    /** A user of the demo realm (password = user name), through the public CLI client. */
    Tokens user(String name) {
        return add(name, "grant_type=password&client_id=aanjager-cli&username=" + encode(name) + "&password=" + encode(name));
    }

    /** A partner's system, through its client-credentials client (secret = client id + "-secret"). */
    Tokens client(String clientId) {
        return add(clientId, "grant_type=client_credentials&client_id=" + encode(clientId)
                + "&client_secret=" + encode(clientId + "-secret"));
    }

    String bearer(String caller) {
        return "Bearer " + current.get(caller);
    }

    private Tokens add(String caller, String form) {
        forms.put(caller, form);
        current.put(caller, fetch(form));
        return this;
    }

    private void refreshAll() {
        forms.forEach((caller, form) -> {
            try {
                current.put(caller, fetch(form));
            } catch (RuntimeException e) {
                // the old token still has three minutes; the next round tries again
                System.err.println("token refresh for " + caller + " failed: " + e.getMessage());
            }
        });
    }

    private String fetch(String form) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("Keycloak answered " + response.statusCode() + ": " + response.body());
            }
            return token.group(1);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
