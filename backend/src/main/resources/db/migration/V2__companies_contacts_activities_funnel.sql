-- SMEs, the people at them, what partners do with them, and the append-only funnel records
-- from which each company's stage in each programme is derived.

create extension if not exists pg_trgm;

create sequence audit_entry_seq start with 1 increment by 50;
create table audit_entry (
    id          bigint primary key,
    at          timestamptz  not null,
    actor       varchar(200) not null,
    action      varchar(60)  not null,
    entity_type varchar(40)  not null,
    entity_id   bigint       not null,
    -- the company the entry belongs to, so a company's timeline can show it
    company_id  bigint,
    -- never personal data: ids and field names only
    detail      varchar(2000)
);
create index audit_entry_entity on audit_entry (entity_type, entity_id);
create index audit_entry_company on audit_entry (company_id, at);

create sequence company_seq start with 1 increment by 50;
create table company (
    id            bigint primary key,
    kvk_number    varchar(8)   not null check (kvk_number ~ '^[0-9]{8}$'),
    branch_number varchar(12)  check (branch_number ~ '^[0-9]{12}$'),
    name          varchar(200) not null,
    -- lower-case, punctuation removed: "Jansen B.V." and "jansen bv" search alike
    search_name   text generated always as (regexp_replace(lower(name), '[^[:alnum:][:space:]]+', '', 'g')) stored,
    sbi_code      varchar(10),
    size_class    varchar(10),
    employees     integer check (employees >= 0),
    street        varchar(200),
    house_number  varchar(20),
    postcode      varchar(7)   check (postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'),
    city          varchar(100),
    district      varchar(100),
    website       varchar(300),
    tags          text[]       not null default '{}',
    merged_into_id bigint      references company (id),
    merged_at     timestamptz,
    created_at    timestamptz  not null,
    version       bigint       not null default 0
);
create unique index company_kvk_branch_unique on company (kvk_number, coalesce(branch_number, ''))
    where merged_into_id is null;
create index company_search_name_trgm on company using gin (search_name gin_trgm_ops);
create index company_postcode on company (postcode);
create index company_district on company (district);
create index company_sbi on company (sbi_code text_pattern_ops);
create index company_merged_into on company (merged_into_id) where merged_into_id is not null;

create sequence contact_seq start with 1 increment by 50;
create table contact (
    id                    bigint primary key,
    company_id            bigint       not null references company (id),
    name                  varchar(200),
    email                 varchar(200),
    phone                 varchar(40),
    job_title             varchar(120),
    consent_purpose       varchar(300),
    consent_given_at      timestamptz,
    consent_source        varchar(120),
    -- the partner whose person or system entered the contact (null: municipal staff)
    created_by_partner_id bigint       references partner (id),
    created_at            timestamptz  not null,
    erased_at             timestamptz,
    version               bigint       not null default 0
);
create index contact_company on contact (company_id);

create sequence activity_seq start with 1 increment by 50;
create table activity (
    id           bigint primary key,
    partner_id   bigint        not null references partner (id),
    company_id   bigint        not null references company (id),
    contact_id   bigint        references contact (id),
    type         varchar(30)   not null,
    occurred_on  date          not null,
    summary      varchar(4000),
    confidential boolean       not null default false,
    themes       text[]        not null default '{}',
    needs        text[]        not null default '{}',
    programme_id bigint        references programme (id),
    stage_id     bigint        references funnel_stage (id),
    created_by   varchar(200)  not null,
    created_at   timestamptz   not null,
    version      bigint        not null default 0
);
create index activity_company on activity (company_id, occurred_on desc);
create index activity_partner on activity (partner_id, company_id);

create sequence referral_seq start with 1 increment by 50;
create table referral (
    id              bigint primary key,
    company_id      bigint        not null references company (id),
    from_partner_id bigint        not null references partner (id),
    to_partner_id   bigint        not null references partner (id),
    reason          varchar(2000) not null,
    status          varchar(20)   not null,
    created_by      varchar(200)  not null,
    created_at      timestamptz   not null,
    responded_at    timestamptz,
    response_note   varchar(2000),
    completed_at    timestamptz,
    version         bigint        not null default 0,
    constraint referral_to_another check (from_partner_id <> to_partner_id)
);
create index referral_company on referral (company_id);
create index referral_to on referral (to_partner_id, status);
create index referral_from on referral (from_partner_id, status);

create sequence ambassador_seq start with 1 increment by 50;
create table ambassador (
    id           bigint primary key,
    contact_id   bigint      not null references contact (id),
    programme_id bigint      not null references programme (id) on delete cascade,
    term_start   date        not null,
    term_end     date,
    version      bigint      not null default 0,
    constraint ambassador_term check (term_end is null or term_end >= term_start)
);
create index ambassador_programme on ambassador (programme_id);

create sequence stage_record_seq start with 1 increment by 50;
create table stage_record (
    id                  bigint primary key,
    company_id          bigint       not null references company (id),
    programme_id        bigint       not null references programme (id),
    stage_id            bigint       not null references funnel_stage (id),
    reached_at          timestamptz  not null,
    source              varchar(20)  not null,
    source_id           bigint,
    credited_partner_id bigint       references partner (id),
    recorded_by         varchar(200) not null,
    recorded_at         timestamptz  not null,
    withdrawn_at        timestamptz,
    withdrawn_by        varchar(200),
    withdrawal_reason   varchar(500)
);
create index stage_record_company on stage_record (company_id, programme_id);
create index stage_record_programme on stage_record (programme_id, stage_id) where withdrawn_at is null;
create index stage_record_source on stage_record (source, source_id);
