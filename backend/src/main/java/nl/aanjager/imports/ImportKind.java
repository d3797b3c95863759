package nl.aanjager.imports;

/** What an import brings in. */
public enum ImportKind {
    COMPANIES,
    CONTACTS,
    ACTIVITIES
}
