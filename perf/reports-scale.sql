-- A synthetic network for perf/reports-scale.sh: one set-based INSERT ... SELECT per table from
-- generate_series (no row-by-row work). psql variables: companies, records, activities, events,
-- registrations, programme, stage1, stage2, stage3.
\set ON_ERROR_STOP on
-- Bulk load: the row triggers that keep the report facts (V6) are off for this session; the
-- facts are computed set-based at the end, with the same definitions as the trigger functions.
set session_replication_role = replica;
create temp table scale_partner as select i, nextval('partner_seq') as id from generate_series(1, 50) as i;
insert into partner (id, name, kind) select id, 'Schaalpartner ' || i, 'OTHER' from scale_partner;
create temp table pa as select array_agg(id order by i) as ids from scale_partner;

create temp table scale_company as select i, nextval('company_seq') as id from generate_series(1, :companies) as i;
alter table scale_company add primary key (i);
insert into company (id, kvk_number, name, sbi_code, size_class, employees, postcode, city, district, created_at)
select id, lpad((30000000 + i)::text, 8, '0'),
       (array['Jansen','De Vries','Bakker','Visser','Smit','Meijer','De Boer','Mulder','Yilmaz','Pinas'])[1 + i % 10]
         || ' ' || (array['Metaal','Bouw','Installatie','Logistiek','ICT','Bakkerij','Advies','Transport'])[1 + (i / 10) % 8]
         || ' ' || i,
       (array['25.62','10.71','43.22','41.20','18.12','52.24','62.01','28.99','43.91','56.10',
              '47.11','46.90','69.20','70.22','71.12','74.10','82.99','86.23','93.13','96.02'])[1 + i % 20],
       case when i % 10 < 6 then 'MICRO' when i % 10 < 9 then 'SMALL' else 'MEDIUM' end,
       case when i % 10 < 6 then 1 + i % 9 when i % 10 < 9 then 10 + i % 40 else 50 + i % 200 end,
       (1000 + i % 9000)::text || ' ' || chr(65 + i % 26) || chr(65 + (i / 26) % 26),
       'Gemeente ' || (1 + i % 50), 'Gebied ' || (1 + i % 50), now() - (i % 1000) * interval '1 hour'
from scale_company;

insert into stage_record (id, company_id, programme_id, stage_id, reached_at, source, credited_partner_id,
                          recorded_by, recorded_at, withdrawn_at, withdrawn_by, withdrawal_reason)
select nextval('stage_record_seq'), c.id, :programme,
       case when g % 10 < 6 then :stage1 when g % 10 < 9 then :stage2 else :stage3 end,
       timestamptz '2024-01-01 10:00+01' + ((g * 37) % 1000) * interval '1 day', 'MANUAL', pa.ids[1 + g % 50],
       'scale', now(), case when g % 100 = 0 then now() end, case when g % 100 = 0 then 'scale' end,
       case when g % 100 = 0 then 'scale' end
from generate_series(1, :records) as g cross join pa
join scale_company c on c.i = 1 + (g::bigint * 7919) % :companies;

insert into activity (id, partner_id, company_id, type, occurred_on, summary, confidential, themes, needs,
                      created_by, created_at)
select nextval('activity_seq'), pa.ids[1 + g % 50], c.id,
       (array['ADVICE_SESSION','COMPANY_VISIT','RESEARCH_INTERVIEW','WORKSHOP','PHONE_CALL'])[1 + g % 5],
       date '2024-01-01' + (g % 1000), 'scale', false,
       array[(array['SUSTAINABLE','DIGITAL','CIRCULAR','INNOVATION'])[1 + g % 4]],
       array[(array['FINANCING','STAFF_AND_SKILLS','DIGITALISATION','SUSTAINABILITY','CIRCULARITY',
                    'INTERNATIONAL_TRADE','REGULATION','PREMISES','NETWORK'])[1 + g % 9]],
       'scale', now()
from generate_series(1, :activities) as g cross join pa
join scale_company c on c.i = 1 + (g::bigint * 104729) % :companies;

insert into referral (id, company_id, from_partner_id, to_partner_id, reason, status, created_by, created_at,
                      responded_at)
select nextval('referral_seq'), c.id, pa.ids[1 + g % 50], pa.ids[1 + (g + 1) % 50], 'scale',
       (array['OPEN','ACCEPTED','DECLINED','DONE'])[1 + g % 4], 'scale',
       timestamptz '2024-01-01' + (g % 1000) * interval '1 day',
       case when g % 4 <> 0 then timestamptz '2024-01-01' + (g % 1000) * interval '1 day' + (g % 72) * interval '1 hour' end
from generate_series(1, :activities / 20) as g cross join pa
join scale_company c on c.i = 1 + (g::bigint * 15485863) % :companies;

create temp table scale_event as select i, nextval('event_seq') as id from generate_series(1, :events) as i;
insert into event (id, programme_id, title, type, themes, starts_at, ends_at, capacity, status, created_at)
select id, :programme, 'Bijeenkomst ' || i, 'WORKSHOP', '{}',
       timestamptz '2024-01-01 15:00+01' + i * interval '5 hours', timestamptz '2024-01-01 17:00+01' + i * interval '5 hours',
       200, 'CLOSED', now()
from scale_event;

create temp table scale_registration as
select g, nextval('contact_seq') as contact_id, nextval('registration_seq') as id,
       c.id as company_id, e.id as event_id
from generate_series(1, :registrations) as g
join scale_company c on c.i = 1 + (g::bigint * 2750159) % :companies
join scale_event e on e.i = 1 + g % :events;
insert into contact (id, company_id, name, created_at) select contact_id, company_id, 'Deelnemer ' || g, now()
from scale_registration;
insert into registration (id, event_id, contact_id, company_id, token, cancel_code, cancel_link_sent_at, status,
                          source, walk_in, registered_at, registered_by, checked_in_at)
select r.id, r.event_id, r.contact_id, r.company_id, 't' || r.g, 'c' || r.g, now(),
       case when g % 10 < 7 then 'CHECKED_IN' when g % 10 < 9 then 'NO_SHOW' else 'CANCELLED' end, 'PUBLIC',
       g % 20 = 0, e.starts_at - interval '10 days', 'scale',
       case when g % 10 < 7 then e.starts_at + interval '5 minutes' end
from scale_registration r join event e on e.id = r.event_id;

insert into outcome (id, company_id, partner_id, programme_id, indicator, value, occurred_on, created_by, created_at)
select nextval('outcome_seq'), c.id, pa.ids[1 + g % 50], :programme,
       (array['JOBS_CREATED','JOBS_RETAINED','INVESTMENT_EUR','SUSTAINABILITY_MEASURE','DIGITAL_MEASURE'])[1 + g % 5],
       case when g % 5 = 2 then 1000 * (1 + g % 200) else 1 + g % 4 end, date '2024-01-01' + (g % 1000), 'scale', now()
from generate_series(1, :companies / 5) as g cross join pa
join scale_company c on c.i = 1 + (g::bigint * 7919) % :companies;

create temp table scale_theme as
select a.company_id, array_agg(distinct t order by t) as themes from activity a cross join unnest(a.themes) as t group by 1;
alter table scale_theme add primary key (company_id);

insert into company_stage_entry (company_id, programme_id, position, stage_id, first_entered_at, days_from_previous,
                                 district, sbi_code, size_class, themes)
select x.company_id, x.programme_id, x.position, x.stage_id, x.first_entered_at,
       floor(extract(epoch from x.first_entered_at - lag(x.first_entered_at)
             over (partition by x.company_id, x.programme_id order by x.position)) / 86400)::integer,
       c.district, c.sbi_code, c.size_class, coalesce(t.themes, '{}')
from (select r.company_id, r.programme_id, s.position, s.id as stage_id, min(r.reached_at) as first_entered_at
      from stage_record r join funnel_stage reached on reached.id = r.stage_id
      join funnel_stage s on s.programme_id = r.programme_id and s.position <= reached.position
      where r.withdrawn_at is null and r.programme_id = :programme
      group by r.company_id, r.programme_id, s.position, s.id) x
join company c on c.id = x.company_id left join scale_theme t on t.company_id = x.company_id;

insert into partner_stage_credit (programme_id, partner_id, position, company_id, first_credited_at, district,
                                  sbi_code, size_class, themes)
select x.*, c.district, c.sbi_code, c.size_class, coalesce(t.themes, '{}')
from (select r.programme_id, r.credited_partner_id, s.position, r.company_id, min(r.reached_at)
      from stage_record r join funnel_stage reached on reached.id = r.stage_id
      join funnel_stage s on s.programme_id = r.programme_id and s.position <= reached.position
      where r.withdrawn_at is null and r.credited_partner_id is not null and r.programme_id = :programme
      group by 1, 2, 3, 4) x
join company c on c.id = x.company_id left join scale_theme t on t.company_id = x.company_id;

insert into company_need (company_id, need, first_raised_on, programme_ids, without_programme, district, sbi_code,
                          size_class, themes)
select a.company_id, n.need, min(a.occurred_on),
       coalesce(array_agg(distinct a.programme_id) filter (where a.programme_id is not null), '{}'),
       bool_or(a.programme_id is null), c.district, c.sbi_code, c.size_class, coalesce(t.themes, '{}')
from activity a cross join unnest(a.needs) as n(need) join company c on c.id = a.company_id
left join scale_theme t on t.company_id = a.company_id
group by a.company_id, n.need, c.district, c.sbi_code, c.size_class, t.themes;

insert into company_contact (company_id, first_contact_at, first_event_id)
with recorded as (select company_id, min(reached_at) as t from stage_record where withdrawn_at is null group by 1),
     active as (select company_id, activity_contact_at(min(occurred_on)) as t from activity group by 1),
     attended as (select distinct on (g.company_id) g.company_id, e.starts_at as t, e.id as event_id
                  from registration g join event e on e.id = g.event_id where g.status = 'CHECKED_IN'
                  order by g.company_id, e.starts_at, e.id)
select k.id, least(r.t, a.t, v.t), case when v.t <= coalesce(least(r.t, a.t), 'infinity') then v.event_id end
from company k
left join recorded r on r.company_id = k.id left join active a on a.company_id = k.id
left join attended v on v.company_id = k.id
where r.t is not null or a.t is not null or v.t is not null;

-- who may see whom and who works with which company (V9), from the views its triggers ask
insert into partner_person select distinct partner_id, contact_id from partner_person_relation on conflict do nothing;
insert into partner_company select distinct partner_id, company_id from partner_company_relation on conflict do nothing;

-- what autovacuum does in a running system: statistics, and the visibility map that lets
-- index-only scans skip the table
vacuum analyze;
