package nl.aanjager.common.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why a field was refused, as a stable code a client translates; the {@code params} of the field
 * error fill in the details (a length, a format, another field). The English {@code message} next
 * to it is for developers and logs. Once published, a code never changes its meaning.
 */
@Schema(name = "FieldErrorCode", description = "Stable reason of a field error; the SPA words it in the user's language")
public enum FieldErrorCode {
    /** Missing, empty or blank. */
    REQUIRED,
    /** Longer than {@code max} characters or items. */
    TOO_LONG,
    /** Shorter than {@code min} characters or items. */
    TOO_SHORT,
    /** Below {@code min}. */
    TOO_SMALL,
    /** Above {@code max}. */
    TOO_LARGE,
    /** Not in the shape {@code format} names: kvk-number, branch-number, postcode, web-address, https-address, phone, stage-code, sbi-code, sort, idempotency-key, webhook-url; in an import's cells also whole-number, date, yes-no. */
    FORMAT,
    EMAIL,
    /** A date or time after today in the programme's city. */
    IN_FUTURE,
    /** A box that must be ticked (consent) is not. */
    MUST_ACCEPT,
    /** Not one of the values listed in {@code values} (in an import also {@code dutchValues}, the Dutch words it reads). */
    UNKNOWN_VALUE,
    /** A field the operation does not have. */
    UNKNOWN_FIELD,
    /** A value of the wrong type, e.g. text where a number belongs. */
    WRONG_TYPE,
    /** The record the field refers to ({@code what}: company, partner, programme, …) does not exist (or is not visible to the caller). */
    NOT_FOUND,
    /** Before the field named in {@code other} (an end before its start). */
    BEFORE_OTHER,
    /** Must go together with the field named in {@code other}. */
    NEEDS_OTHER,
    /** Give this field or the one named in {@code other}, not neither (or not both). */
    ONE_OF,
    /** Must differ from the record itself (a referral to the referring partner, a merge into itself). */
    MUST_DIFFER,
    /** A partner acts for its own partner only. */
    OWN_PARTNER_ONLY,
    /** Cannot change once set. */
    CANNOT_CHANGE,
    /** The company was merged into another one; the other one is meant. */
    MERGED,
    /** The person was erased on request. */
    ERASED,
    /** The record belongs to another company, programme or event than the request names. */
    DOES_NOT_BELONG,
    /** Sharing a person's details needs their recorded consent. */
    CONSENT_REQUIRED,
    /** Contradicts another field (a size class that does not fit the number of employees). */
    MISMATCH,
    /** Not allowed in this combination (a source with the wrong kind of record, a field left for robots). */
    NOT_ALLOWED,
    /** An import's row is the same record as the earlier row {@code row} of the file: each may be there once. */
    DUPLICATE_ROW,
    /** No file was sent. */
    FILE_MISSING,
    /** Not a .csv, .xlsx or .json file. */
    FILE_TYPE,
    /** The file could not be read as its {@code format} (CSV, XLSX, JSON). */
    FILE_UNREADABLE,
    FILE_NOT_UTF8,
    FILE_BINARY,
    FILE_EMPTY,
    /** An Excel file without a sheet. */
    FILE_NO_SHEET,
    FILE_NOT_JSON_ARRAY,
    /** JSON item {@code item} is not an object. */
    FILE_ITEM_NOT_OBJECT,
    /** A JSON value is an object where text or a number belongs. */
    FILE_NESTED,
    /** {@code columns} columns; at most {@code max} are read. */
    FILE_TOO_MANY_COLUMNS,
    /** More than {@code max} rows. */
    FILE_TOO_MANY_ROWS,
    /** Row {@code row} has a cell longer than {@code max} characters. */
    FILE_CELL_TOO_LONG,
    /** No column for the import's fields {@code fields} (comma-separated field names). */
    FILE_MISSING_COLUMNS,
    /** The mapping names {@code column}, which the file does not have. */
    MAPPING_UNKNOWN_COLUMN,
    /** The mapping names {@code field}, which the import does not have. */
    MAPPING_UNKNOWN_FIELD,
    /** Two columns are mapped to {@code field}. */
    MAPPING_DUPLICATE,
    MAPPING_NOT_OBJECT,
    /** Refused for a reason without a code of its own; {@code message} says why. */
    INVALID
}
