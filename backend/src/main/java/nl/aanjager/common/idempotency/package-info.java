/**
 * Idempotency-Key (draft-ietf-httpapi-idempotency-key-header-07) for every POST under /api: a retry
 * with the same key gets the first response back instead of creating the record twice. One filter
 * for all operations ({@link nl.aanjager.common.idempotency.IdempotencyFilter}), keys and responses
 * in PostgreSQL ({@link nl.aanjager.common.idempotency.IdempotencyKeyStore}).
 */
package nl.aanjager.common.idempotency;
