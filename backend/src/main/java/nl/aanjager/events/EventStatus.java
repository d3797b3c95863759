package nl.aanjager.events;

/** draft → published → closed; cancelled from draft or published. */
public enum EventStatus {
    DRAFT,
    PUBLISHED,
    CLOSED,
    CANCELLED
}
