-- A rejected row says why as a field error does: a stable code (FieldErrorCode) and its params,
-- which the SPA and the Dutch rejected-rows file word for people. The English sentence in "error"
-- stays for partner systems. Rows rejected before this migration have no code; they are read as
-- INVALID (their English sentence still says why).
alter table import_row add column error_code varchar(40);
alter table import_row add column error_params jsonb;
