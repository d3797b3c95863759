package nl.aanjager.imports;

/** PREVIEWED until confirmed; then QUEUED, RUNNING, and SUCCEEDED or FAILED. */
public enum ImportState {
    PREVIEWED,
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED;

    boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
