package nl.aanjager.events;

public enum RegistrationStatus {
    REGISTERED,
    WAITLISTED,
    CANCELLED,
    CHECKED_IN,
    NO_SHOW
}
