package nl.aanjager.contacts;

/**
 * Fired inside the erasure transaction with the values being erased, so features that may
 * hold them in free text (activity summaries) can scrub them too. Never stored.
 */
public record ContactErased(long contactId, long companyId, String name, String email, String phone) {
}
