package nl.aanjager.funnel;

import java.util.Optional;
import java.util.Set;

/**
 * Implemented by each feature whose records can be the reason a company reached a stage (an
 * activity, the attendance of an event), so that a stage recorded by hand can name its source
 * without this package knowing the features above it.
 */
public interface StageCreditSource {
    /** The kind of source this feature answers for. */
    StageSource kind();

    /**
     * The partners that own the source record (the activity's partner, the event's organisers),
     * or empty when no such record exists at this company.
     */
    Optional<Set<Long>> ownersAt(long sourceId, long companyId);
}
