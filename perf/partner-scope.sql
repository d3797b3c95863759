-- A synthetic partner network for perf/partner-scope.sh: who sees which person is decided per
-- person (README "Who sees what"), so this fills every table a relation can come from. One
-- set-based INSERT ... SELECT per table. psql variables: companies (contacts are twice as many,
-- activities five times, registrations one per company).
\set ON_ERROR_STOP on
set session_replication_role = replica; -- bulk load: the report-fact triggers are not needed here

insert into partner (id, name, kind)
select i, 'Scopepartner ' || i, 'OTHER' from generate_series(1, 13) as i
on conflict (id) do nothing;
select setval('partner_seq', 1000);

insert into programme (id, name, themes, start_date) values (nextval('programme_seq'), 'Scopeprogramma', '{}', '2024-01-01');
create temp table scope_programme as select currval('programme_seq') as id;
insert into funnel_stage (id, programme_id, code, name, position)
select nextval('funnel_stage_seq'), p.id, 'stage-' || s, 'Fase ' || s, s from scope_programme p, generate_series(1, 3) s;
create temp table scope_stage as select min(id) as id from funnel_stage where programme_id = (select id from scope_programme);

create temp table scope_company as select i, nextval('company_seq') as id from generate_series(1, :companies) as i;
alter table scope_company add primary key (i);
insert into company (id, kvk_number, name, postcode, city, district, created_at)
select id, lpad((50000000 + i)::text, 8, '0'), 'Scopebedrijf ' || i, (1000 + i % 9000)::text || ' AB', 'Rotterdam',
       'Gebied ' || (1 + i % 14), now()
from scope_company;

-- two people per company; partner 1 + i % 13 entered half of them, staff the other half
create temp table scope_contact as
select g as i, nextval('contact_seq') as id, c.id as company_id
from generate_series(1, 2 * :companies) as g join scope_company c on c.i = 1 + (g - 1) / 2;
alter table scope_contact add primary key (i);
insert into contact (id, company_id, name, email, phone, created_by_partner_id, created_at)
select id, company_id, 'Persoon ' || i, 'persoon' || i || '@scope.example', '+31 10 ' || lpad(i::text, 7, '0'),
       case when i % 2 = 0 then 1 + i % 13 end, now()
from scope_contact;

-- five activities per company by partner 1 + g % 13, half of them naming one of its people
insert into activity (id, partner_id, company_id, contact_id, type, occurred_on, summary, confidential, themes,
                      needs, created_by, created_at)
select nextval('activity_seq'), 1 + g % 13, k.company_id, case when g % 2 = 0 then k.id end, 'ADVICE_SESSION',
       date '2025-01-01' + (g % 600), 'Gesprek ' || g, g % 7 = 0, '{}', '{}', 'scope', now()
from generate_series(1, 5 * :companies) as g
join scope_contact k on k.i = 1 + (g::bigint * 7919) % (2 * :companies);

-- referrals for one company in four, every third naming the person to speak to
insert into referral (id, company_id, from_partner_id, to_partner_id, contact_id, reason, status, created_by, created_at)
select nextval('referral_seq'), k.company_id, 1 + g % 13, 1 + (g + 5) % 13, case when g % 3 = 0 then k.id end,
       'Reden ' || g, 'OPEN', 'scope', now()
from generate_series(1, :companies / 4) as g
join scope_contact k on k.i = 1 + (g::bigint * 104729) % (2 * :companies);

-- events organised by one or two partners, one registration per company
insert into event (id, programme_id, title, type, themes, starts_at, ends_at, status, created_at)
select nextval('event_seq'), p.id, 'Scopebijeenkomst ' || e, 'WORKSHOP', '{}', now() - e * interval '1 day',
       now() - e * interval '1 day' + interval '3 hours', 'PUBLISHED', now()
from scope_programme p, generate_series(1, 1000) as e;
create temp table scope_event as select row_number() over (order by id) as i, id from event
 where programme_id = (select id from scope_programme);
insert into event_organiser (event_id, partner_id)
select id, 1 + i % 13 from scope_event union select id, 1 + (i + 3) % 13 from scope_event where i % 2 = 0;
insert into registration (id, event_id, contact_id, company_id, token, cancel_code, cancel_link_sent_at, status,
                          source, registered_at, registered_by)
select nextval('registration_seq'), ev.id, k.id, k.company_id, md5('t' || k.i), md5('c' || k.i), now(), 'REGISTERED',
       'PUBLIC', now(), 'scope'
from scope_contact k join scope_event ev on ev.i = 1 + k.i % 1000
where k.i % 2 = 1;

-- people who consented to be shared with one more partner
insert into contact_sharing (contact_id, partner_id)
select id, 1 + (i + 7) % 13 from scope_contact where i % 20 = 0;

-- funnel credits for half the companies
insert into stage_record (id, company_id, programme_id, stage_id, reached_at, source, credited_partner_id,
                          recorded_by, recorded_at)
select nextval('stage_record_seq'), c.id, p.id, s.id, now(), 'MANUAL', 1 + c.i % 13, 'scope', now()
from scope_company c, scope_programme p, scope_stage s where c.i % 2 = 0;

analyze;

-- the facts the triggers keep (V9), set-based from the same views
insert into partner_person select distinct partner_id, contact_id from partner_person_relation on conflict do nothing;
insert into partner_company select distinct partner_id, company_id from partner_company_relation on conflict do nothing;
analyze partner_person;
analyze partner_company;
