-- Reports at national scale read small derived facts instead of folding millions of raw rows.
-- (The functions are PL/pgSQL, not SQL: PL/pgSQL keeps its statements' plans for the session,
-- where an SQL function is planned again on every call — 8 ms per stage record, measured.)
-- PostgreSQL keeps every fact equal to its sources with triggers, so no writer (the API, a
-- merge, an import, a fix in psql) can forget one. What only adds (a new stage record, a
-- check-in, a new activity) updates the facts in place; anything else rewrites the facts of the
-- one company it touched, a handful of rows.
--
--   company_stage_entry   + whole days since the previous stage, and the company's district,
--                           SBI code and size class (funnel and breakdowns need no join)
--   partner_stage_credit  one row per partner, company and stage the partner is credited with
--                           (a record at that stage or later), with the first such moment and
--                           the company's attributes
--   company_contact       the company's first contact with the network: a stage record, the end
--                           of an activity's day, or the start of an event it attended; the
--                           event when the event came first
--   company_need          one row per company and need raised, with the first day it was raised
--                           and the programmes it was raised in
-- Each fact also carries the themes of the company's activities, for the theme filter.

alter table company_stage_entry add column days_from_previous integer;
alter table company_stage_entry add column district varchar(100);
alter table company_stage_entry add column sbi_code varchar(10);
alter table company_stage_entry add column size_class varchar(10);
alter table company_stage_entry add column themes text[] not null default '{}';

create table partner_stage_credit (
    programme_id      bigint      not null references programme (id),
    partner_id        bigint      not null references partner (id),
    position          integer     not null,
    company_id        bigint      not null references company (id),
    first_credited_at timestamptz not null,
    district          varchar(100),
    sbi_code          varchar(10),
    size_class        varchar(10),
    themes            text[]      not null default '{}',
    primary key (programme_id, partner_id, position, company_id)
);
create index partner_stage_credit_company on partner_stage_credit (company_id, programme_id);

-- a table of its own, not columns of company: a check-in then writes one narrow row instead of a
-- new version of the company row with its ten indexes (trigram index included)
create table company_contact (
    company_id       bigint      primary key references company (id),
    first_contact_at timestamptz not null,
    first_event_id   bigint
);
create index company_contact_first_event on company_contact (first_event_id) where first_event_id is not null;

create table company_need (
    company_id      bigint      not null references company (id),
    need            varchar(40) not null,
    first_raised_on date        not null,
    programme_ids   bigint[]    not null,
    without_programme boolean   not null,
    district        varchar(100),
    sbi_code        varchar(10),
    size_class      varchar(10),
    themes          text[]      not null default '{}',
    primary key (company_id, need)
);

-- The themes of a company's activities, the fact tables' copy of them.
create function company_themes(of_company bigint) returns text[] language sql stable as $$
    select coalesce(array_agg(distinct t order by t), '{}') from activity a cross join unnest(a.themes) as t
    where a.company_id = of_company
$$;

-- Rewrites the funnel facts of one company in one programme from its stage records.
create function refresh_company_funnel(of_company bigint, in_programme bigint) returns void language plpgsql as $$
begin
    delete from company_stage_entry where company_id = of_company and programme_id = in_programme;
    insert into company_stage_entry (company_id, programme_id, position, stage_id, first_entered_at,
                                     days_from_previous, district, sbi_code, size_class, themes)
    select x.company_id, x.programme_id, x.position, x.stage_id, x.first_entered_at,
           floor(extract(epoch from x.first_entered_at - lag(x.first_entered_at)
                 over (order by x.position)) / 86400)::integer,
           c.district, c.sbi_code, c.size_class, company_themes(of_company)
    from (select r.company_id, r.programme_id, s.position, s.id as stage_id, min(r.reached_at) as first_entered_at
          from stage_record r
          join funnel_stage reached on reached.id = r.stage_id
          join funnel_stage s on s.programme_id = r.programme_id and s.position <= reached.position
          where r.withdrawn_at is null and r.company_id = of_company and r.programme_id = in_programme
          group by r.company_id, r.programme_id, s.position, s.id) x
    join company c on c.id = x.company_id;
    delete from partner_stage_credit where company_id = of_company and programme_id = in_programme;
    insert into partner_stage_credit (programme_id, partner_id, position, company_id, first_credited_at,
                                      district, sbi_code, size_class, themes)
    select r.programme_id, r.credited_partner_id, s.position, r.company_id, min(r.reached_at),
           c.district, c.sbi_code, c.size_class, company_themes(of_company)
    from stage_record r
    join funnel_stage reached on reached.id = r.stage_id
    join funnel_stage s on s.programme_id = r.programme_id and s.position <= reached.position
    join company c on c.id = r.company_id
    where r.withdrawn_at is null and r.credited_partner_id is not null
      and r.company_id = of_company and r.programme_id = in_programme
    group by r.programme_id, r.credited_partner_id, s.position, r.company_id, c.district, c.sbi_code, c.size_class;
end $$;

-- The moment an activity counts as contact: the end of its (Rotterdam) day, so that an activity
-- on an event's day is not "before" the event.
create function activity_contact_at(day date) returns timestamptz language sql immutable as $$
    select ((day + 1)::timestamp at time zone 'Europe/Amsterdam') - interval '1 microsecond'
$$;

-- The first contact, and the event when the company had no contact before it started (two
-- events starting at the same moment: the lower id).
create function refresh_company_first_contact(of_company bigint) returns void language plpgsql as $$
declare
    recorded timestamptz := (select min(reached_at) from stage_record
                             where company_id = of_company and withdrawn_at is null);
    active timestamptz := (select activity_contact_at(min(occurred_on)) from activity where company_id = of_company);
    attended timestamptz;
    attended_event bigint;
    first_at timestamptz;
begin
    select e.starts_at, e.id into attended, attended_event
    from registration g join event e on e.id = g.event_id
    where g.company_id = of_company and g.status = 'CHECKED_IN'
    order by e.starts_at, e.id limit 1;
    first_at := least(recorded, active, attended);
    if first_at is null then
        delete from company_contact where company_id = of_company;
        return;
    end if;
    if attended > coalesce(least(recorded, active), 'infinity') then
        attended_event := null;
    end if;
    insert into company_contact (company_id, first_contact_at, first_event_id)
    values (of_company, first_at, attended_event)
    on conflict (company_id) do update set first_contact_at = excluded.first_contact_at,
                                           first_event_id = excluded.first_event_id
    where (company_contact.first_contact_at, company_contact.first_event_id)
          is distinct from (excluded.first_contact_at, excluded.first_event_id);
end $$;

-- A new contact at that moment (an event's id when it is an attended event): only an earlier
-- one changes the first contact; a tie is settled by the full rule above.
create function company_contacted(of_company bigint, contacted_at timestamptz, event_id bigint)
returns void language plpgsql as $$
declare
    current_first timestamptz := (select first_contact_at from company_contact where company_id = of_company);
begin
    if current_first is null or contacted_at < current_first then
        insert into company_contact (company_id, first_contact_at, first_event_id)
        values (of_company, contacted_at, event_id)
        on conflict (company_id) do update set first_contact_at = excluded.first_contact_at,
                                               first_event_id = excluded.first_event_id;
    elsif contacted_at = current_first then
        perform refresh_company_first_contact(of_company);
    end if;
end $$;

-- A new stage record: entries and credits move earlier or are added, in place.
create function company_reached(rec stage_record) returns void language plpgsql as $$
declare
    changed integer;
    reached_position integer := (select position from funnel_stage where id = rec.stage_id);
begin
    insert into company_stage_entry (company_id, programme_id, position, stage_id, first_entered_at,
                                     district, sbi_code, size_class, themes)
    select rec.company_id, rec.programme_id, s.position, s.id, rec.reached_at,
           c.district, c.sbi_code, c.size_class, company_themes(rec.company_id)
    from funnel_stage s join company c on c.id = rec.company_id
    where s.programme_id = rec.programme_id and s.position <= reached_position
    on conflict (programme_id, position, company_id) do update set first_entered_at = excluded.first_entered_at
    where excluded.first_entered_at < company_stage_entry.first_entered_at;
    get diagnostics changed = row_count;
    if changed > 0 then
        update company_stage_entry e set days_from_previous = d.days
        from (select position, floor(extract(epoch from first_entered_at - lag(first_entered_at)
                     over (order by position)) / 86400)::integer as days
              from company_stage_entry where company_id = rec.company_id and programme_id = rec.programme_id) d
        where e.company_id = rec.company_id and e.programme_id = rec.programme_id and e.position = d.position
          and e.days_from_previous is distinct from d.days;
    end if;
    if rec.credited_partner_id is not null then
        insert into partner_stage_credit (programme_id, partner_id, position, company_id, first_credited_at,
                                          district, sbi_code, size_class, themes)
        select rec.programme_id, rec.credited_partner_id, s.position, rec.company_id, rec.reached_at,
               c.district, c.sbi_code, c.size_class, company_themes(rec.company_id)
        from funnel_stage s join company c on c.id = rec.company_id
        where s.programme_id = rec.programme_id and s.position <= reached_position
        on conflict (programme_id, partner_id, position, company_id)
        do update set first_credited_at = excluded.first_credited_at
        where excluded.first_credited_at < partner_stage_credit.first_credited_at;
    end if;
end $$;

-- Needs and themes: what a company's activities say.
create function refresh_company_needs(of_company bigint) returns void language plpgsql as $$
begin
    delete from company_need where company_id = of_company;
    insert into company_need (company_id, need, first_raised_on, programme_ids, without_programme,
                              district, sbi_code, size_class, themes)
    select a.company_id, n.need, min(a.occurred_on),
           coalesce(array_agg(distinct a.programme_id) filter (where a.programme_id is not null), '{}'),
           bool_or(a.programme_id is null), c.district, c.sbi_code, c.size_class, company_themes(of_company)
    from activity a cross join unnest(a.needs) as n(need) join company c on c.id = a.company_id
    where a.company_id = of_company
    group by a.company_id, n.need, c.district, c.sbi_code, c.size_class;
    update company_stage_entry set themes = company_themes(of_company)
    where company_id = of_company and themes is distinct from company_themes(of_company);
    update partner_stage_credit set themes = company_themes(of_company)
    where company_id = of_company and themes is distinct from company_themes(of_company);
end $$;

create function stage_record_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' and new.withdrawn_at is null then
        perform company_reached(new);
        perform company_contacted(new.company_id, new.reached_at, null);
        return null;
    end if;
    if tg_op <> 'INSERT' then
        perform refresh_company_funnel(old.company_id, old.programme_id);
        perform refresh_company_first_contact(old.company_id);
    end if;
    if tg_op <> 'DELETE' and (tg_op = 'INSERT' or (old.company_id, old.programme_id) <> (new.company_id, new.programme_id)) then
        perform refresh_company_funnel(new.company_id, new.programme_id);
        perform refresh_company_first_contact(new.company_id);
    end if;
    return null;
end $$;
create trigger stage_record_facts after insert or update or delete on stage_record
    for each row execute function stage_record_changed();

create function activity_changed() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform refresh_company_needs(old.company_id);
        perform refresh_company_first_contact(old.company_id);
    end if;
    if tg_op = 'INSERT' then
        perform refresh_company_needs(new.company_id);
        perform company_contacted(new.company_id, activity_contact_at(new.occurred_on), null);
    elsif tg_op = 'UPDATE' and new.company_id <> old.company_id then
        perform refresh_company_needs(new.company_id);
        perform refresh_company_first_contact(new.company_id);
    end if;
    return null;
end $$;
create trigger activity_facts after insert or update of company_id, occurred_on, needs, programme_id or delete
    on activity for each row execute function activity_changed();

-- Registrations matter only as attendance: a check-in is an added contact, anything else that
-- touches attendance is settled by the full rule.
create function registration_changed() returns trigger language plpgsql as $$
begin
    if tg_op <> 'DELETE' and new.status = 'CHECKED_IN'
       and (tg_op = 'INSERT' or (old.status <> 'CHECKED_IN' and old.company_id = new.company_id)) then
        perform company_contacted(new.company_id, (select starts_at from event where id = new.event_id), new.event_id);
        return null;
    end if;
    if tg_op <> 'INSERT' and old.status = 'CHECKED_IN' then
        perform refresh_company_first_contact(old.company_id);
    end if;
    if tg_op = 'UPDATE' and new.status = 'CHECKED_IN' and new.company_id <> old.company_id then
        perform refresh_company_first_contact(new.company_id);
    end if;
    return null;
end $$;
create trigger registration_facts after insert or update of company_id, status or delete on registration
    for each row execute function registration_changed();

create function company_attributes_changed() returns trigger language plpgsql as $$
begin
    update company_stage_entry set district = new.district, sbi_code = new.sbi_code, size_class = new.size_class
    where company_id = new.id;
    update company_need set district = new.district, sbi_code = new.sbi_code, size_class = new.size_class
    where company_id = new.id;
    update partner_stage_credit set district = new.district, sbi_code = new.sbi_code, size_class = new.size_class
    where company_id = new.id;
    return null;
end $$;
create trigger company_report_attributes after update of district, sbi_code, size_class on company
    for each row when ((old.district, old.sbi_code, old.size_class) is distinct from
                       (new.district, new.sbi_code, new.size_class))
    execute function company_attributes_changed();

-- Existing data, company by company (the reports' definitions live in the functions only).
select refresh_company_funnel(k.company_id, k.programme_id)
from (select distinct company_id, programme_id from stage_record) k;
select refresh_company_needs(k.company_id) from (select distinct company_id from activity) k;
select refresh_company_first_contact(c.id) from company c where c.merged_into_id is null;
