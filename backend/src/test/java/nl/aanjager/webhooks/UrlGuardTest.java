package nl.aanjager.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The server-side request forgery guard with the production setting, and what dev and tests may add. */
class UrlGuardTest {
    /** Names as a DNS server might answer them, including ones that point inside. */
    private static final Map<String, String[]> DNS = Map.of(
            "crm.partner.example", new String[] {"93.184.216.34"},
            "intern.partner.example", new String[] {"10.1.2.3"},
            "half.partner.example", new String[] {"93.184.216.34", "192.168.0.7"},
            "metadata.partner.example", new String[] {"169.254.169.254"});

    private static Optional<String> production(String url) {
        return UrlGuard.refusal(url, false, UrlGuardTest::resolve);
    }

    private static Optional<String> development(String url) {
        return UrlGuard.refusal(url, true, UrlGuardTest::resolve);
    }

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String[] answer = DNS.get(host);
        if (answer == null) {
            // literal addresses: no lookup
            if (host.matches("[0-9.]+") || host.startsWith("[") || host.contains(":")) {
                return InetAddress.getAllByName(host);
            }
            throw new UnknownHostException(host);
        }
        InetAddress[] addresses = new InetAddress[answer.length];
        for (int i = 0; i < answer.length; i++) {
            addresses[i] = InetAddress.getByName(answer[i]);
        }
        return addresses;
    }

    @Test
    void productionAcceptsHttpsToAPublicAddressOnly() {
        assertEquals(Optional.empty(), production("https://crm.partner.example/hooks/aanjager"));
        assertEquals(Optional.empty(), production("https://93.184.216.34:8443/hooks"));
    }

    @Test
    void productionRefusesEveryAddressInsideOrReserved() {
        String[] inside = {
            "https://127.0.0.1/x", "https://127.8.9.10/x", "https://[::1]/x", "https://0.0.0.0/x",
            "https://10.0.0.1/x", "https://172.16.5.4/x", "https://192.168.1.1/x", "https://169.254.169.254/latest",
            "https://100.64.0.1/x", "https://100.127.255.254/x", "https://[fd00::1]/x", "https://[fc12::1]/x",
            "https://[fe80::1]/x", "https://[::ffff:10.0.0.1]/x", "https://224.0.0.1/x", "https://255.255.255.255/x",
            "https://intern.partner.example/x", "https://half.partner.example/x", "https://metadata.partner.example/x"};
        for (String url : inside) {
            assertTrue(production(url).isPresent(), url + " must be refused");
        }
        assertTrue(production("https://[::1]/x").get().contains("loopback"));
        assertTrue(production("https://intern.partner.example/x").get().contains("10.1.2.3"));
    }

    @Test
    void productionRefusesWhatIsNotAPlainHttpsUrl() {
        assertEquals(Optional.of("must use https"), production("http://crm.partner.example/hooks"));
        assertEquals(Optional.of("must use https"), production("ftp://crm.partner.example/hooks"));
        assertTrue(production("https://nobody.partner.example/x").get().contains("does not resolve"));
        assertTrue(production("https://user:secret@crm.partner.example/x").get().contains("user name"));
        assertTrue(production("/relative/path").isPresent());
        assertTrue(production("https://crm partner/x").isPresent());
    }

    @Test
    void developmentAllowsHttpToThisMachineButNothingElseInside() {
        assertEquals(Optional.empty(), development("http://127.0.0.1:8099/hooks"));
        assertEquals(Optional.empty(), development("http://[::1]:8099/hooks"));
        assertTrue(development("http://10.0.0.1/hooks").isPresent());
        assertTrue(development("http://169.254.169.254/latest").isPresent());
        assertTrue(development("http://crm.partner.example/hooks").get().contains("https"));
    }
}
