package nl.aanjager.partners;

/** What kind of organisation a partner is; the SPA shows a Dutch or English label. */
public enum PartnerKind {
    CHAMBER_OF_COMMERCE,
    INDUSTRY_ASSOCIATION,
    KNOWLEDGE_INSTITUTION,
    FINANCIAL_INSTITUTION,
    BUSINESS_NETWORK,
    GOVERNMENT,
    ADVISORY,
    OTHER
}
