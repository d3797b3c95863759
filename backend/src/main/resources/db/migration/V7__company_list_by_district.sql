-- The company list filtered by district (the filter people use most) in name order, straight
-- from an index: without it PostgreSQL walks the whole name index looking for that district's
-- first 20 rows, which at a million companies took 170 ms.
create index company_district_by_name on company (district, name, id) where merged_into_id is null;
