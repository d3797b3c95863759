package nl.aanjager.referrals;

/** open → accepted → done, or open → declined. */
public enum ReferralStatus {
    OPEN,
    ACCEPTED,
    DECLINED,
    DONE
}
