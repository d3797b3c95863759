package nl.aanjager.companies;

/**
 * Fired inside the merge transaction: every feature that keeps rows per company moves the
 * duplicate's rows to the survivor, so companies need not know the features above it.
 */
public record CompaniesMerged(long survivorId, long duplicateId) {
}
