package nl.aanjager.activities;

import nl.aanjager.common.export.Labelled;
import nl.aanjager.common.export.Words;

/** Kinds of interaction a partner has with a company. */
public enum ActivityType implements Labelled {
    ADVICE_SESSION(new Words("Adviesgesprek", "Advice session")),
    COMPANY_VISIT(new Words("Bedrijfsbezoek", "Company visit")),
    RESEARCH_INTERVIEW(new Words("Onderzoeksinterview", "Research interview")),
    WORKSHOP(new Words("Workshop", "Workshop")),
    PHONE_CALL(new Words("Telefoongesprek", "Phone call"));

    private final Words words;

    ActivityType(Words words) {
        this.words = words;
    }

    @Override
    public Words words() {
        return words;
    }
}
