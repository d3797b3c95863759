package nl.aanjager.programmes;

/**
 * Needs (behoeften) an SME raises; the Smart Industry research counts these. Vocabulary of the
 * programmes, like {@link Theme}: activities record them, company lists and reports filter on them.
 */
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
