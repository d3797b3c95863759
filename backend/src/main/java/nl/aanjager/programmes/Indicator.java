package nl.aanjager.programmes;

/** Outcome indicators partners record per company, and programmes may target. */
public enum Indicator {
    JOBS_CREATED,
    JOBS_RETAINED,
    INVESTMENT_EUR,
    SUSTAINABILITY_MEASURE,
    DIGITAL_MEASURE
}
