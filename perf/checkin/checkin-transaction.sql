-- The check-in transaction the API runs for one scan, by hand, for pgbench (perf/checkin-load.sh):
-- the same statements in the same order. Each transaction takes the next unused registration,
-- like the load test's distinct tickets. The report facts (funnel entries, partner credits,
-- first contact) are kept by triggers on stage_record and registration, here as in the API.
BEGIN;
SELECT nextval('bench_pick') AS pick \gset
SELECT id, status, starts_at, ends_at, stage_id, programme_id, capacity, version FROM event WHERE id = :event;
SELECT partner_id FROM event_organiser WHERE event_id = :event;
SELECT id, token, status, contact_id, company_id, event_id, version FROM registration WHERE id = :pick FOR UPDATE;
SELECT company_id, contact_id FROM registration WHERE id = :pick \gset
INSERT INTO stage_record (id, company_id, programme_id, stage_id, reached_at, source, source_id,
       credited_partner_id, recorded_by, recorded_at)
VALUES (nextval('stage_record_seq'), :company_id, :programme, :stage, now(), 'EVENT_ATTENDANCE', :pick,
       :partner, 'pgbench', now());
INSERT INTO check_in_attempt (id, event_id, registration_id, outcome, at, scanned_at, by_user, device)
VALUES (nextval('check_in_attempt_seq'), :event, :pick, 'CHECKED_IN', now(), now(), 'pgbench', 'pgbench');
UPDATE registration SET status = 'CHECKED_IN', checked_in_at = now(), checked_in_by = 'pgbench',
       checked_in_device = 'pgbench', version = version + 1
 WHERE id = :pick AND version = 0;
SELECT p.name, c.name FROM contact p JOIN company c ON c.id = :company_id WHERE p.id = :contact_id;
COMMIT;
