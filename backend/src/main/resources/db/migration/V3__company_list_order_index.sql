-- The company list's default order (name, then id) over live records, so that the first
-- pages come straight from an index instead of sorting every company.
create index company_live_by_name on company (name, id) where merged_into_id is null;
