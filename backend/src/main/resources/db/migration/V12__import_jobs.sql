-- Imports: a partner's file, previewed row by row, then applied in chunks. The rows are kept
-- with the job so that confirming applies exactly what was previewed, a restarted backend can
-- resume at the first chunk not yet applied, and the rejected rows can be downloaded again.
create sequence import_job_seq start with 1 increment by 50;
create table import_job (
    id               bigint primary key,
    kind             varchar(20)  not null,
    state            varchar(20)  not null,
    file_name        varchar(300) not null,
    format           varchar(10)  not null,
    -- the partner the import acts for: its activities are credited to it, it is scoped like it
    partner_id       bigint references partner (id),
    created_by       varchar(200) not null,
    -- the importer's roles: the job is applied later, scoped exactly as the importer was
    created_by_roles varchar(200) not null,
    created_at       timestamptz  not null,
    -- the file's header row as read, and what each column was recognised as (null: ignored)
    headers          text[]       not null,
    fields           text[]       not null,
    total_rows       integer      not null,
    would_create     integer      not null,
    would_update     integer      not null,
    would_keep       integer      not null,
    rejected         integer      not null,
    valid_rows_only  boolean      not null default false,
    rows_done        integer      not null default 0,
    created          integer      not null default 0,
    updated          integer      not null default 0,
    kept             integer      not null default 0,
    -- rows the preview accepted but that could not be applied (the data changed in between)
    rejected_when_applied integer not null default 0,
    confirmed_at     timestamptz,
    started_at       timestamptz,
    finished_at      timestamptz,
    -- a running job's runner renews this; a job whose lease ran out is taken over or failed
    lease_until      timestamptz,
    failure          varchar(1000),
    version          bigint       not null default 0
);
create index import_job_partner on import_job (partner_id, created_at desc);
create index import_job_unfinished on import_job (state) where state in ('QUEUED', 'RUNNING');

create table import_row (
    job_id       bigint   not null references import_job (id) on delete cascade,
    row_number   integer  not null,
    -- CREATE, UPDATE, KEEP or REJECT, as previewed
    action       varchar(10) not null,
    -- the recognised values by field name; what is applied
    values       jsonb,
    -- the cells as they were in the file, kept for rejected rows so they can be fixed and sent again
    cells        jsonb,
    error_column varchar(300),
    error        varchar(1000),
    entity_id    bigint,
    applied      boolean  not null default false,
    primary key (job_id, row_number)
);
