package nl.aanjager.common.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What went wrong, more precisely than the problem type, as a stable code a client translates;
 * the problem's {@code params} fill in the details. The English {@code detail} next to it is for
 * developers and logs. Once published, a code never changes its meaning.
 */
@Schema(name = "ProblemCode", description = "Stable reason of a problem; the SPA words it in the user's language")
public enum ProblemCode {
    /** The record ({@code what}: company, event, …) does not exist or is not visible to the caller. */
    NOT_FOUND,
    /** A company with this KvK number (and branch) exists: {@code name}; {@code existing} points at it. */
    COMPANY_EXISTS,
    /** The company was merged into another one; {@code existing} points at that one. */
    COMPANY_MERGED,
    /** Other companies were merged into this one, so it stays. */
    COMPANY_HAS_MERGED_RECORDS,
    PARTNER_EXISTS,
    PROGRAMME_EXISTS,
    /** Another stage of the programme has this {@code code}. */
    STAGE_CODE_EXISTS,
    /** {@code count} targets use the stage. */
    STAGE_IN_USE,
    /** Only the partner the company was referred to answers. */
    REFERRAL_NOT_YOURS,
    /** A referral in status {@code from} cannot become {@code to}. */
    REFERRAL_STATUS,
    /** An event in status {@code status} cannot be changed. */
    EVENT_CLOSED,
    /** An event in status {@code from} cannot become {@code to}. */
    EVENT_STATUS,
    /** The caller's partner has no open invitation to organise the event. */
    NO_INVITATION,
    /** Registration is open for published events only ({@code status}). */
    REGISTRATION_CLOSED,
    ALREADY_REGISTERED,
    /** A registration in status {@code status} cannot be cancelled. */
    CANNOT_CANCEL,
    /** Undo of a check-in that is not there. */
    NOT_CHECKED_IN,
    /** A check-in can be undone for {@code minutes} minutes only. */
    UNDO_TOO_LATE,
    /** The person was erased on request; the record stays empty. */
    PERSON_ERASED,
    /** The import is {@code state} already. */
    IMPORT_CONFIRMED,
    /** {@code rejected} of {@code total} rows are refused. */
    IMPORT_HAS_REJECTIONS,
    /** The export would hold {@code total} entries; at most {@code max} fit. */
    EXPORT_TOO_LARGE,
    RETENTION_BUSY,
    DELIVERY_BUSY,
    /** The user's token names no partner. */
    NO_PARTNER,
    IF_MATCH_REQUIRED,
    /** If-Match names another (or no) version of the record. */
    STALE,
    IDEMPOTENCY_KEY_REUSED,
    REQUEST_IN_PROGRESS,
    /** Try again in {@code seconds} seconds. */
    TOO_MANY_REQUESTS,
    /** The database cannot be reached or takes no changes; nothing was changed. */
    DATABASE_UNAVAILABLE,
    /** Something broke on the server; {@code incident} is the reference in its log. */
    INTERNAL
}
