package nl.aanjager.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: name, roles and, for partner users and partner systems, their partner. */
@RequestScoped
public class CurrentUser {
    static final String PARTNER_CLAIM = "partner_id";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    /** Set for work done later on a caller's behalf (an import job): who asked for it, as they were. */
    private Caller onBehalfOf;

    /** Which system work this is when there is no caller; plain {@link SystemActor#SYSTEM} unless named. */
    private SystemActor systemActor = SystemActor.SYSTEM;

    /**
     * A caller as recorded with work that outlives the request: name, roles and partner.
     *
     * @param displayName what people read for this caller (see {@link #actorName()}); null when unknown
     */
    public record Caller(String name, Set<String> roles, Long partnerId, String displayName) {
    }

    /** Names the system work this request context does for nobody (start-up, a schedule, the public pages). */
    public void actAs(SystemActor actor) {
        this.systemActor = actor;
    }

    /**
     * Acts for the rest of this request context as the recorded caller, so that background work
     * is scoped, credited and audited exactly as the request that queued it would have been.
     */
    public void actOnBehalfOf(Caller caller) {
        this.onBehalfOf = caller;
    }

    /** This caller, to record with work that is done later on their behalf. */
    public Caller asCaller() {
        return new Caller(actor(), roles(), partnerId().orElse(null), actorName().orElse(null));
    }

    public String username() {
        return onBehalfOf != null ? onBehalfOf.name() : identity.getPrincipal().getName();
    }

    /** Who is acting, for the record: the user or client name; a {@link SystemActor} code without a caller. */
    public String actor() {
        if (onBehalfOf != null) {
            return onBehalfOf.name();
        }
        return identity.isAnonymous() ? systemActor.code() : identity.getPrincipal().getName();
    }

    /**
     * Who is acting, as people read it: the token's name, else given and family name, else the
     * preferred user name. Empty for system work, which the SPA words from its {@link SystemActor}.
     */
    public Optional<String> actorName() {
        if (onBehalfOf != null) {
            return Optional.ofNullable(onBehalfOf.displayName());
        }
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        return claim("name").or(this::displayName).or(() -> claim("preferred_username"));
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        String text = value instanceof JsonString json ? json.getString() : value instanceof String plain ? plain : null;
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.trim());
    }

    /** Given and family name from the token; empty when it carries neither. */
    public Optional<String> displayName() {
        String given = claim("given_name").orElse("");
        String family = claim("family_name").orElse("");
        String both = (given + " " + family).trim();
        return both.isEmpty() ? Optional.empty() : Optional.of(both);
    }

    public Optional<String> email() {
        return Optional.ofNullable(token.getClaim("email"));
    }

    public Set<String> roles() {
        if (onBehalfOf != null) {
            return onBehalfOf.roles();
        }
        Set<String> known = new TreeSet<>(identity.getRoles());
        known.retainAll(Set.of(Roles.ADMIN, Roles.STAFF, Roles.PARTNER, Roles.CHECKIN));
        return known;
    }

    public boolean hasRole(String role) {
        return onBehalfOf != null ? onBehalfOf.roles().contains(role) : identity.hasRole(role);
    }

    /** The partner organisation this caller acts for, from the {@value #PARTNER_CLAIM} claim. */
    public Optional<Long> partnerId() {
        if (onBehalfOf != null) {
            return Optional.ofNullable(onBehalfOf.partnerId());
        }
        Object claim = token.getClaim(PARTNER_CLAIM);
        if (claim instanceof JsonNumber number) {
            return Optional.of(number.longValue());
        }
        if (claim instanceof Number number) {
            return Optional.of(number.longValue());
        }
        if (claim instanceof JsonString text) {
            return parse(text.getString());
        }
        if (claim instanceof String text) {
            return parse(text);
        }
        return Optional.empty();
    }

    private static Optional<Long> parse(String value) {
        try {
            return Optional.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
