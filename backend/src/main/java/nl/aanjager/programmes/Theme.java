package nl.aanjager.programmes;

import nl.aanjager.common.export.Labelled;
import nl.aanjager.common.export.Words;

/** Programme themes (duurzaam, digitaal, circulair, ...); the SPA words them on screen, {@link #words()} in downloads. */
public enum Theme implements Labelled {
    SUSTAINABLE(new Words("Duurzaam", "Sustainable")),
    DIGITAL(new Words("Digitaal", "Digital")),
    CIRCULAR(new Words("Circulair", "Circular")),
    INNOVATION(new Words("Innovatie", "Innovation")),
    INTERNATIONAL(new Words("Internationaal", "International")),
    SKILLS(new Words("Vakmanschap en vaardigheden", "Skills and craftsmanship"));

    private final Words words;

    Theme(Words words) {
        this.words = words;
    }

    @Override
    public Words words() {
        return words;
    }
}
