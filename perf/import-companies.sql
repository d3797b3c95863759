-- The register as it is before perf/import-companies.sh imports its file: the partners of the
-- realm's users, and every tenth company of the file already known, with a stage record in the
-- programme and an activity (a need) each, so that the report facts (V6) hold them. The file
-- moves these companies to another district, sector and size class: the import's updates must
-- carry the facts along. psql variables: rows (the file's), programme, stage1, stage2.
-- The KvK numbers, names and attributes follow the same formulas as the file (see the script).
\set ON_ERROR_STOP on
insert into partner (id, name, kind)
select i, 'Importpartner ' || i, 'OTHER' from generate_series(1, 3) as i on conflict do nothing;
do $$ begin perform setval('partner_seq', greatest(1000, (select max(id) from partner))); end $$;

create temp table known as
select i, nextval('company_seq') as id from generate_series(10, :rows, 10) as i;
insert into company (id, kvk_number, name, sbi_code, size_class, employees, postcode, city, district, created_at)
select id, (10000000 + (i::bigint * 48271) % 90000000)::text, 'Bekend Bedrijf ' || i,
       (array['62.01','10.71','47.11','43.22','41.20','25.62','56.10','69.20','70.22','71.12',
              '86.23','49.41','46.90','74.10','96.02','18.12'])[1 + (i + 5) % 16],
       'MEDIUM', 50 + i % 100, '3011 AB', 'Rotterdam',
       (array['Centrum','Delfshaven','Feijenoord','Charlois','Noord','Kralingen-Crooswijk','IJsselmonde',
              'Prins Alexander'])[1 + (i + 3) % 8],
       now() - interval '1 year'
from known;

-- with the row triggers on: they write the facts as the API's writes would
insert into stage_record (id, company_id, programme_id, stage_id, reached_at, source, credited_partner_id,
                          recorded_by, recorded_at)
select nextval('stage_record_seq'), id, :programme, case when i % 30 = 0 then :stage2 else :stage1 end,
       timestamptz '2025-01-06 10:00+01' + (i % 300) * interval '1 day', 'MANUAL', 1 + i % 3, 'perf', now()
from known;
insert into activity (id, partner_id, company_id, type, occurred_on, summary, confidential, themes, needs,
                      programme_id, created_by, created_at)
select nextval('activity_seq'), 1 + i % 3, id, 'COMPANY_VISIT', date '2025-01-06' + (i % 300), 'perf', false,
       array[(array['SUSTAINABLE','DIGITAL','CIRCULAR','INNOVATION'])[1 + i % 4]],
       array[(array['FINANCING','STAFF_AND_SKILLS','DIGITALISATION','PREMISES'])[1 + i % 4]], :programme, 'perf', now()
from known;
analyze;
