package nl.aanjager.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The signing key is derived, not stored: the same configured secret gives the same key on every
 * replica and after every restart. The vector below is also what the SPA's offline check verifies
 * (frontend/src/features/checkin/offline/ticket.test.ts), so both sides agree on the format.
 */
class TicketsTest {
    private static Tickets withKey(String key) {
        return new Tickets(new TicketConfig() {
            @Override
            public Optional<String> signingKey() {
                return Optional.of(key);
            }

            @Override
            public String publicUrl() {
                return "http://localhost";
            }

            @Override
            public String mailFrom() {
                return "test@localhost";
            }
        });
    }

    @Test
    void theDemoKeySignsTheVectorTheSpaVerifies() {
        Tickets tickets = withKey(TicketKeyCheck.DEMO_KEY);
        assertEquals("q3fBMh7bGa-ohe9hEfhPWu9FC6bupw1oShOyg9DjLnU", tickets.publicKey());
        String ticket = tickets.payload(1, 1, "yKkTHn44cvA9UC56gVgM1Q");
        assertEquals("AJ2.1.1.yKkTHn44cvA9UC56gVgM1Q.B9l66fRcGKOGZdf4nmZEAvgR-IWIm4FUwmi3-huAO7SfmXTFsLD0jfbbMUl73wJxRm"
                + "Dio4czHSFm7nYR3EDLDQ", ticket);
        assertEquals(Optional.of(new Tickets.Ticket(1, 1, "yKkTHn44cvA9UC56gVgM1Q")), tickets.verify(ticket));
    }

    @Test
    void anotherSecretSignsWithAnotherKeyAndRefusesTheOthersTickets() {
        Tickets demo = withKey(TicketKeyCheck.DEMO_KEY);
        Tickets other = withKey("b3RoZXItc2VjcmV0LW9mLWF0LWxlYXN0LXRoaXJ0eS10d28tYnl0ZXM=");
        assertTrue(!demo.publicKey().equals(other.publicKey()));
        assertEquals(Optional.empty(), other.verify(demo.payload(1, 1, "yKkTHn44cvA9UC56gVgM1Q")));
        assertEquals(Optional.empty(), demo.verify("AJ2.1.1.token.!!!not-base64!!!"));
        assertEquals(Optional.empty(), demo.verify("AJ2.one.1.token.sig"));
    }
}
