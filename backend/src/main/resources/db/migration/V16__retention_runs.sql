-- Personal data is not kept longer than needed: a nightly job anonymises contact persons
-- without a sign of life for a configured period, and keeps here what each run did.
create sequence retention_run_seq start with 1 increment by 50;
create table retention_run (
    id           bigint primary key,
    started_at   timestamptz  not null,
    finished_at  timestamptz,
    -- persons whose last sign of life was before this moment were anonymised
    cutoff       timestamptz  not null,
    anonymised   integer      not null default 0,
    -- SCHEDULE, or ADMIN with the admin's name in triggered_by
    trigger_kind varchar(20)  not null,
    triggered_by varchar(200) not null,
    error        varchar(2000)
);
create index retention_run_started on retention_run (started_at desc);
