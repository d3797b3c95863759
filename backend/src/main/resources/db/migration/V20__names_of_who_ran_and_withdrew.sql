-- People read who did something by name, not by account (as V19 did for the audit trail): a
-- retention run started by hand keeps the admin's name, a withdrawn stage record the name of who
-- withdrew it, each as the token gave it then. Null for scheduled runs and system work, and for
-- rows written before this migration.
alter table retention_run add column triggered_by_name varchar(200);
alter table stage_record add column withdrawn_by_name varchar(200);
