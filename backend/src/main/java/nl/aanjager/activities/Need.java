package nl.aanjager.activities;

/** Needs (behoeften) an SME raises; the Smart Industry research counts these. */
public enum Need {
    FINANCING,
    STAFF_AND_SKILLS,
    DIGITALISATION,
    SUSTAINABILITY,
    CIRCULARITY,
    INTERNATIONAL_TRADE,
    REGULATION,
    PREMISES,
    NETWORK
}
