package nl.aanjager.programmes;

import nl.aanjager.common.export.Labelled;
import nl.aanjager.common.export.Words;

/** Outcome indicators partners record per company, and programmes may target. */
public enum Indicator implements Labelled {
    JOBS_CREATED(new Words("Nieuwe banen", "Jobs created")),
    JOBS_RETAINED(new Words("Behouden banen", "Jobs retained")),
    INVESTMENT_EUR(new Words("Investering (euro)", "Investment (euro)")),
    SUSTAINABILITY_MEASURE(new Words("Duurzaamheidsmaatregelen", "Sustainability measures")),
    DIGITAL_MEASURE(new Words("Digitaliseringsmaatregelen", "Digitalisation measures"));

    private final Words words;

    Indicator(Words words) {
        this.words = words;
    }

    @Override
    public Words words() {
        return words;
    }
}
