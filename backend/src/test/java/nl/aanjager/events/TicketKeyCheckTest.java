package nl.aanjager.events;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The start-up check of the ticket key outside production (production: ProductionStartIT). */
class TicketKeyCheckTest {
    @Test
    void refusesAMissingAMalformedAndAShortKeyAndAcceptsTheDemoKeyOutsideProduction() {
        assertTrue(refusal(null).contains("No ticket-signing key"));
        assertTrue(refusal("  ").contains("No ticket-signing key"));
        assertTrue(refusal("not base64!").contains("is not base64"));
        assertTrue(refusal("c2hvcnQ=").contains("has 5 bytes, fewer than 32"));
        assertDoesNotThrow(() -> check(TicketKeyCheck.DEMO_KEY).onStart(null));
    }

    private static String refusal(String key) {
        return assertThrows(IllegalStateException.class, () -> check(key).onStart(null)).getMessage();
    }

    private static TicketKeyCheck check(String key) {
        TicketKeyCheck check = new TicketKeyCheck();
        check.config = new TicketConfig() {
            @Override
            public Optional<String> signingKey() {
                return Optional.ofNullable(key);
            }

            @Override
            public String publicUrl() {
                return "https://aanjager.example.nl";
            }

            @Override
            public String mailFrom() {
                return "noreply@aanjager.example.nl";
            }
        };
        return check;
    }
}
