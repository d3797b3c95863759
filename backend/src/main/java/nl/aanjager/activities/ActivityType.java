package nl.aanjager.activities;

/** Kinds of interaction a partner has with a company. */
public enum ActivityType {
    ADVICE_SESSION,
    COMPANY_VISIT,
    RESEARCH_INTERVIEW,
    WORKSHOP,
    PHONE_CALL
}
