-- The partner network and its programmes: who takes part, what they aim for, and the
-- ordered funnel stages each programme counts companies through.
-- Sequences allocate in 50s to match Hibernate's pooled optimizer.

create sequence partner_seq start with 1 increment by 50;
create table partner (
    id          bigint primary key,
    name        varchar(120) not null,
    kind        varchar(40)  not null,
    website     varchar(300),
    email       varchar(200),
    description varchar(2000),
    active      boolean      not null default true,
    version     bigint       not null default 0
);
create unique index partner_name_unique on partner (lower(name));

create sequence programme_seq start with 1 increment by 50;
create table programme (
    id          bigint primary key,
    name        varchar(120) not null,
    description varchar(2000),
    themes      text[]       not null default '{}',
    start_date  date         not null,
    end_date    date,
    version     bigint       not null default 0,
    constraint programme_period check (end_date is null or end_date >= start_date)
);
create unique index programme_name_unique on programme (lower(name));

create sequence funnel_stage_seq start with 1 increment by 50;
create table funnel_stage (
    id           bigint primary key,
    programme_id bigint      not null references programme (id) on delete cascade,
    code         varchar(40) not null,
    name         varchar(80) not null,
    position     integer     not null check (position > 0),
    version      bigint      not null default 0,
    constraint funnel_stage_code_unique unique (programme_id, code),
    -- deferred so that a reorder can swap positions inside one transaction
    constraint funnel_stage_position_unique unique (programme_id, position) deferrable initially deferred
);

create sequence programme_target_seq start with 1 increment by 50;
create table programme_target (
    id           bigint primary key,
    programme_id bigint       not null references programme (id) on delete cascade,
    name         varchar(200) not null,
    stage_id     bigint       not null references funnel_stage (id),
    target_count integer      not null check (target_count > 0),
    deadline     date         not null,
    version      bigint       not null default 0
);
create index programme_target_programme on programme_target (programme_id);
create index programme_target_stage on programme_target (stage_id);
