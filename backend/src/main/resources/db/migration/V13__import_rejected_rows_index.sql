-- A job's rejected rows are read on every poll of its progress and for the download: found by
-- this index instead of a walk over all of the job's rows (100,000 for a partner's register).
create index import_row_rejected on import_row (job_id, row_number) where action = 'REJECT';
