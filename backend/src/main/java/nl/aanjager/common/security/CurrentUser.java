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

    /** A caller as recorded with work that outlives the request: name, roles and partner. */
    public record Caller(String name, Set<String> roles, Long partnerId) {
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
        return new Caller(actor(), roles(), partnerId().orElse(null));
    }

    public String username() {
        return onBehalfOf != null ? onBehalfOf.name() : identity.getPrincipal().getName();
    }

    /** Who is acting, for the record: the user or client name; "system" for work without a caller. */
    public String actor() {
        if (onBehalfOf != null) {
            return onBehalfOf.name();
        }
        return identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
    }

    public Optional<String> displayName() {
        String given = token.getClaim("given_name");
        String family = token.getClaim("family_name");
        if (given == null && family == null) {
            return Optional.empty();
        }
        return Optional.of(((given == null ? "" : given) + " " + (family == null ? "" : family)).trim());
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
