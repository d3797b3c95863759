package nl.aanjager.common.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The actors the backend records for work that no person or partner system asked for. This is the
 * one list of them: the SPA words each (locales audit.systemActor) and its test reads this file, so
 * a new one here fails that test until it has a Dutch and an English text.
 */
public enum SystemActor {
    /** Work without a caller that names no kind below; also every such entry written before they existed. */
    SYSTEM("system", "Systeem"),
    /** The demo partner network, companies and events loaded into an empty database at start-up. */
    DEMO("system/demo", "Demogegevens"),
    /** An entrepreneur on the public pages without an account: the registration form and the cancel link. */
    PUBLIC("system/public", "Ondernemer via de publieke pagina"),
    /** The scheduled retention run that anonymises persons silent for too long. */
    RETENTION("system/retention", "Bewaartermijn (automatisch)");

    private final String code;
    private final String dutch;

    /** @param dutch for the audit CSV, which is Dutch throughout; the SPA has its own texts per language */
    SystemActor(String code, String dutch) {
        this.code = code;
        this.dutch = dutch;
    }

    /** The system actor the trail recorded under this code, if it is one. */
    public static Optional<SystemActor> ofCode(String code) {
        return Arrays.stream(values()).filter(actor -> actor.code.equals(code)).findFirst();
    }

    /** How the (Dutch) audit CSV names this actor. */
    public String dutch() {
        return dutch;
    }

    /** What the audit trail's actor column holds for this actor. */
    public String code() {
        return code;
    }
}
