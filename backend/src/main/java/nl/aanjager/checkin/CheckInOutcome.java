package nl.aanjager.checkin;

/** What a scan at the door came to; every value but the first two (and UNDONE) is a refusal. */
public enum CheckInOutcome {
    CHECKED_IN,
    ALREADY_CHECKED_IN,
    /** Offline replay: another device checked this ticket in first. */
    CONFLICT,
    WRONG_EVENT,
    CANCELLED,
    WAITLISTED,
    NOT_OPEN,
    UNKNOWN_TICKET,
    UNDONE;

    public boolean admitted() {
        return this == CHECKED_IN || this == ALREADY_CHECKED_IN || this == CONFLICT;
    }
}
