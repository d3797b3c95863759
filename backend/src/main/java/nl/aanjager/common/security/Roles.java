package nl.aanjager.common.security;

/** Realm roles of the aanjager Keycloak realm, as used in {@code @RolesAllowed}. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String STAFF = "staff";
    public static final String PARTNER = "partner";
    public static final String CHECKIN = "checkin";

    private Roles() {
    }
}
