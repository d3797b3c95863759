package nl.aanjager.events;

import nl.aanjager.common.export.Labelled;
import nl.aanjager.common.export.Words;

public enum RegistrationStatus implements Labelled {
    REGISTERED(new Words("Aangemeld", "Registered")),
    WAITLISTED(new Words("Op de wachtlijst", "Waitlisted")),
    CANCELLED(new Words("Afgemeld", "Cancelled")),
    CHECKED_IN(new Words("Aanwezig", "Checked in")),
    NO_SHOW(new Words("Niet verschenen", "No-show"));

    private final Words words;

    RegistrationStatus(Words words) {
        this.words = words;
    }

    @Override
    public Words words() {
        return words;
    }
}
