-- Events, registrations with signed tickets, and check-in at the door.

create sequence event_seq start with 1 increment by 50;
create table event (
    id           bigint primary key,
    programme_id bigint        not null references programme (id),
    title        varchar(200)  not null,
    description  varchar(4000),
    type         varchar(30)   not null,
    themes       text[]        not null default '{}',
    venue        varchar(300),
    online_url   varchar(500),
    starts_at    timestamptz   not null,
    ends_at      timestamptz   not null,
    capacity     integer       check (capacity > 0),
    -- the funnel stage attendance credits
    stage_id     bigint        references funnel_stage (id),
    status       varchar(20)   not null,
    created_at   timestamptz   not null,
    version      bigint        not null default 0,
    constraint event_period check (ends_at > starts_at)
);
create index event_starts on event (starts_at);

create table event_organiser (
    event_id   bigint not null references event (id) on delete cascade,
    partner_id bigint not null references partner (id),
    primary key (event_id, partner_id)
);

create sequence registration_seq start with 1 increment by 50;
create table registration (
    id                bigint primary key,
    event_id          bigint       not null references event (id),
    contact_id        bigint       not null references contact (id),
    company_id        bigint       not null references company (id),
    -- the secret in the QR code; unguessable (128 random bits)
    token             varchar(40)  not null unique,
    status            varchar(20)  not null,
    source            varchar(20)  not null,
    walk_in           boolean      not null default false,
    registered_at     timestamptz  not null,
    registered_by     varchar(200) not null,
    checked_in_at     timestamptz,
    checked_in_by     varchar(200),
    checked_in_device varchar(100),
    cancelled_at      timestamptz,
    version           bigint       not null default 0
);
create unique index registration_once_per_event on registration (event_id, contact_id) where status <> 'CANCELLED';
create index registration_event_status on registration (event_id, status, registered_at, id);
create index registration_company on registration (company_id);

-- Every scan at the door, good or bad: the check-in history and the failed-scan log.
-- client_id makes a phone's offline queue idempotent when it is replayed.
create sequence check_in_attempt_seq start with 1 increment by 50;
create table check_in_attempt (
    id              bigint primary key,
    event_id        bigint       not null references event (id),
    registration_id bigint       references registration (id),
    client_id       varchar(64),
    outcome         varchar(30)  not null,
    at              timestamptz  not null,
    scanned_at      timestamptz,
    by_user         varchar(200) not null,
    device          varchar(100)
);
create unique index check_in_attempt_client on check_in_attempt (event_id, client_id) where client_id is not null;
create index check_in_attempt_event on check_in_attempt (event_id, at desc);

-- Requests per client address and minute for the public pages; kept in the database so that
-- every replica counts the same.
create table rate_limit_window (
    bucket       varchar(120) not null,
    window_start timestamptz  not null,
    hits         integer      not null,
    primary key (bucket, window_start)
);

-- Entrepreneurs who register on the public page need not know their KvK number; such a
-- company is kept without one until staff complete it (or merge it into the known record).
alter table company alter column kvk_number drop not null;
