package nl.aanjager.events;

public enum EventType {
    INSPIRATION_SESSION,
    WORKSHOP,
    MASTERCLASS,
    NETWORK_EVENT,
    WEBINAR
}
