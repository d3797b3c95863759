package nl.aanjager.contacts;

import java.util.List;

/**
 * Implemented by every feature that holds data about a contact person, so a GDPR export
 * gathers all of it without this package knowing the features above it.
 */
public interface PersonalDataSource {
    /** Name of the export section, e.g. "activities". */
    String section();

    /** Everything this feature holds about the person, as JSON-ready records. */
    List<?> export(long contactId);
}
