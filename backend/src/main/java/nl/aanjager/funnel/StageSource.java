package nl.aanjager.funnel;

/** Why a company reached a stage. */
public enum StageSource {
    ACTIVITY,
    EVENT_ATTENDANCE,
    IMPORT,
    MANUAL
}
