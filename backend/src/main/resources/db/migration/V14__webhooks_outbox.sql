-- Webhooks: partners' subscriptions, the transactional outbox and the delivery log.
--
-- webhook_event is the outbox. Its rows are written in the transaction of the change they
-- describe (an observer of the audit event in Java, the trigger below for stage entries), so an
-- event exists exactly when its change committed. The dispatcher fans each event out to the
-- subscriptions that want it and may see it (webhook_delivery, one row per subscription and
-- event), then delivers, recording every attempt (webhook_attempt).

create sequence webhook_subscription_seq start with 1 increment by 50;
create table webhook_subscription (
    id              bigint primary key,
    -- the partner that owns it and whose view of the data it gets; null: the municipality's own,
    -- managed by admins, receiving everything
    partner_id      bigint references partner (id),
    url             varchar(2000) not null,
    event_types     text[]        not null,
    description     varchar(500),
    enabled         boolean       not null default true,
    -- why the dispatcher switched it off (an endpoint failing for days); shown to its owner
    disabled_reason varchar(1000),
    disabled_at     timestamptz,
    -- the first failed attempt since the last success
    failing_since   timestamptz,
    created_by      varchar(200)  not null,
    created_at      timestamptz   not null,
    version         bigint        not null default 0
);
create index webhook_subscription_partner on webhook_subscription (partner_id);

-- Signing secrets. A rotation adds a secret and gives the previous one an end: until then both sign.
create table webhook_secret (
    id              bigint generated always as identity primary key,
    subscription_id bigint       not null references webhook_subscription (id) on delete cascade,
    secret          varchar(100) not null,
    created_at      timestamptz  not null,
    expires_at      timestamptz
);
create index webhook_secret_subscription on webhook_secret (subscription_id);

create table webhook_event (
    id          bigint generated always as identity primary key,
    type        varchar(50) not null,
    occurred_at timestamptz not null default now(),
    -- who may receive it: ALL partners, the listed PARTNERS, the partners that WORK_WITH the
    -- company, the ORGANISERS of the registration's event, or one SUBSCRIPTION (a test ping)
    audience    varchar(20) not null,
    partner_ids bigint[],
    company_id  bigint,
    entity_id   bigint,
    -- ids and non-personal fields only: what every receiver of the event may read through the API
    data        jsonb       not null,
    fanned_out  boolean     not null default false
);
create index webhook_event_to_fan_out on webhook_event (id) where not fanned_out;

create table webhook_delivery (
    id                bigint generated always as identity primary key,
    subscription_id   bigint      not null references webhook_subscription (id) on delete cascade,
    event_id          bigint      not null references webhook_event (id),
    -- PENDING, DELIVERED or FAILED (the retry schedule ran out)
    state             varchar(20) not null,
    attempts          integer     not null default 0,
    -- attempts since the delivery was (re-)sent: the retry schedule's position
    attempts_in_round integer     not null default 0,
    next_attempt_at   timestamptz,
    -- a dispatcher holds a claimed delivery until then; another takes it over only afterwards
    lease_until       timestamptz,
    created_at        timestamptz not null,
    delivered_at      timestamptz,
    unique (subscription_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where state = 'PENDING';
create index webhook_delivery_log on webhook_delivery (subscription_id, id desc);
create index webhook_delivery_event on webhook_delivery (event_id);

create table webhook_attempt (
    id               bigint generated always as identity primary key,
    delivery_id      bigint      not null references webhook_delivery (id) on delete cascade,
    attempted_at     timestamptz not null,
    status_code      integer,
    duration_ms      integer     not null,
    response_excerpt varchar(2100),
    error            varchar(1000)
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, id);

-- company.stage_reached: a company first entering a stage of a programme. company_stage_entry is
-- kept from stage_record by triggers (V5, V6), whatever wrote the record (manual, activity,
-- check-in attendance, import). An entry can be deleted and derived again (a withdrawal, a merge,
-- a changed stage list rewrites a company's entries), so what was announced is remembered: a stage
-- is announced once per company, never again for a re-derived entry.
create table webhook_stage_announced (
    company_id   bigint  not null,
    programme_id bigint  not null,
    position     integer not null,
    primary key (company_id, programme_id, position)
);
insert into webhook_stage_announced select company_id, programme_id, position from company_stage_entry;

create function webhook_announce_stage_reached() returns trigger language plpgsql as $$
begin
    insert into webhook_stage_announced (company_id, programme_id, position)
    values (new.company_id, new.programme_id, new.position) on conflict do nothing;
    if found then
        insert into webhook_event (type, audience, company_id, entity_id, data)
        select 'company.stage_reached', 'WORKS_WITH', new.company_id, new.company_id,
               jsonb_build_object('companyId', new.company_id, 'programmeId', new.programme_id,
                                  'stageId', new.stage_id, 'stagePosition', new.position, 'stageName', s.name,
                                  'reachedAt', new.first_entered_at)
        from funnel_stage s where s.id = new.stage_id;
    end if;
    return null;
end $$;
create trigger company_stage_entry_announced after insert on company_stage_entry
    for each row execute function webhook_announce_stage_reached();
