package nl.aanjager.events;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Settings of event tickets and the mails that carry them. */
@ConfigMapping(prefix = "aanjager.tickets")
public interface TicketConfig {
    /**
     * Base64 secret from which the Ed25519 key that signs tickets (and the HMAC of tickets sent
     * before it) is derived; keep it secret, rotate per environment. Optional here so that
     * {@link TicketKeyCheck} can say what is missing and how to make one.
     */
    Optional<String> signingKey();

    /** Address of the web app, for links in mails (cancel a registration). */
    String publicUrl();

    /** Sender of registration mails. */
    String mailFrom();
}
