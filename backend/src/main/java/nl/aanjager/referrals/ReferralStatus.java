package nl.aanjager.referrals;

import nl.aanjager.common.export.Labelled;
import nl.aanjager.common.export.Words;

/** open → accepted → done, or open → declined. */
public enum ReferralStatus implements Labelled {
    OPEN(new Words("Open", "Open")),
    ACCEPTED(new Words("Geaccepteerd", "Accepted")),
    DECLINED(new Words("Afgewezen", "Declined")),
    DONE(new Words("Afgerond", "Done"));

    private final Words words;

    ReferralStatus(Words words) {
        this.words = words;
    }

    @Override
    public Words words() {
        return words;
    }
}
