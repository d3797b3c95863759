-- Idempotency-Key (draft-ietf-httpapi-idempotency-key-header): one row per key a caller sent with a
-- POST. While the first request runs the row is a claim (status null, leased until locked_until);
-- afterwards it holds that request's response, which a retry with the same key gets back instead of
-- creating the record again. In the database, not in memory, so a retry that reaches another
-- replica, or this one after a restart, sees it too.
create table idempotency_key (
    -- who sent the key: the token's subject (a user, or a client's service account), or for
    -- calls without a token the client's address; two callers' keys never meet
    caller          varchar(300) not null,
    idempotency_key varchar(255) not null,
    -- SHA-256 of method, path, query and raw body: the same key for another request is refused
    fingerprint     bytea        not null,
    created_at      timestamptz  not null,
    -- which claim owns the row, so a request whose lease ran out cannot overwrite its successor's
    attempt         uuid         not null,
    locked_until    timestamptz,
    status          smallint,
    content_type    varchar(255),
    location        varchar(2000),
    etag            varchar(255),
    body            bytea,
    primary key (caller, idempotency_key),
    check ((status is null) = (locked_until is not null))
);

-- The periodic clean-up removes expired keys by age.
create index idempotency_key_created_at on idempotency_key (created_at);
