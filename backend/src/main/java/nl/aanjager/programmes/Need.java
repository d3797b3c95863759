package nl.aanjager.programmes;

import nl.aanjager.common.export.Labelled;
import nl.aanjager.common.export.Words;

/**
 * Needs (behoeften) an SME raises; the Smart Industry research counts these. Vocabulary of the
 * programmes, like {@link Theme}: activities record them, company lists and reports filter on them.
 */
public enum Need implements Labelled {
    FINANCING(new Words("Financiering", "Financing")),
    STAFF_AND_SKILLS(new Words("Personeel en vaardigheden", "Staff and skills")),
    DIGITALISATION(new Words("Digitalisering", "Digitalisation")),
    SUSTAINABILITY(new Words("Verduurzaming", "Sustainability")),
    CIRCULARITY(new Words("Circulariteit", "Circularity")),
    INTERNATIONAL_TRADE(new Words("Internationaal zakendoen", "International trade")),
    REGULATION(new Words("Wet- en regelgeving", "Regulation")),
    PREMISES(new Words("Bedrijfsruimte", "Premises")),
    NETWORK(new Words("Netwerk", "Network"));

    private final Words words;

    Need(Words words) {
        this.words = words;
    }

    @Override
    public Words words() {
        return words;
    }
}
