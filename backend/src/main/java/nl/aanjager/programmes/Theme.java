package nl.aanjager.programmes;

/** Programme themes (duurzaam, digitaal, circulair, ...); Dutch labels live in the SPA. */
public enum Theme {
    SUSTAINABLE,
    DIGITAL,
    CIRCULAR,
    INNOVATION,
    INTERNATIONAL,
    SKILLS
}
