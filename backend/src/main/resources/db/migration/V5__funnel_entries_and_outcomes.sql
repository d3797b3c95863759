-- Reporting at national scale. company_stage_entry keeps, per company, programme and stage it
-- reached, when it first entered that stage (reaching a stage implies passing the ones before
-- it). It is derived from stage_record and rewritten by the funnel module on every write for
-- the (company, programme) concerned, so reports read one small row per fact instead of
-- folding millions of records on every request.
create table company_stage_entry (
    company_id       bigint      not null references company (id),
    programme_id     bigint      not null references programme (id),
    position         integer     not null,
    stage_id         bigint      not null references funnel_stage (id),
    first_entered_at timestamptz not null,
    primary key (programme_id, position, company_id)
);
create index company_stage_entry_company on company_stage_entry (company_id, programme_id);
create index company_stage_entry_entered on company_stage_entry (programme_id, position, first_entered_at);

insert into company_stage_entry (company_id, programme_id, position, stage_id, first_entered_at)
select r.company_id, r.programme_id, s.position, s.id, min(r.reached_at)
from stage_record r
join funnel_stage reached on reached.id = r.stage_id
join funnel_stage s on s.programme_id = r.programme_id and s.position <= reached.position
where r.withdrawn_at is null
group by r.company_id, r.programme_id, s.position, s.id;

-- What the support led to, recorded per company by partners.
create sequence outcome_seq start with 1 increment by 50;
create table outcome (
    id           bigint primary key,
    company_id   bigint        not null references company (id),
    partner_id   bigint        not null references partner (id),
    programme_id bigint        references programme (id),
    indicator    varchar(40)   not null,
    value        numeric(14,2) not null check (value >= 0),
    occurred_on  date          not null,
    evidence     varchar(2000),
    created_by   varchar(200)  not null,
    created_at   timestamptz   not null,
    version      bigint        not null default 0
);
create index outcome_programme on outcome (programme_id, indicator, occurred_on);
create index outcome_company on outcome (company_id);

-- A target counts either distinct companies reaching a stage, or the sum of an indicator.
alter table programme_target alter column stage_id drop not null;
alter table programme_target add column indicator varchar(40);
alter table programme_target add constraint programme_target_measure
    check ((stage_id is null) <> (indicator is null));

-- Lists at national scale: the newest activities and the registrations of a company.
create index activity_recent on activity (occurred_on desc, id desc);
