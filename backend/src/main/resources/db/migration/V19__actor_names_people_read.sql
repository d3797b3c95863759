-- People read who did something by name, not by account: each audit entry keeps the actor's name
-- as the token gave it when they acted (a name changed later in Keycloak does not rewrite the
-- trail). Null for system work, which the SPA words from the actor code (system, system/demo, …),
-- and for entries written before this migration.
alter table audit_entry add column actor_name varchar(200);

-- An import is applied after the request that confirmed it; its rows are audited under the
-- importer's name as it was then.
alter table import_job add column created_by_name varchar(200);

-- Masking an erased person's values may change nothing else of an entry: the new name column
-- joins the columns that must stay as they were.
create or replace function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and coalesce(current_setting('aanjager.audit_masking', true), '') = 'on'
            and old.person_id is not null
            and new.id = old.id and new.at = old.at and new.actor = old.actor and new.action = old.action
            and new.actor_name is not distinct from old.actor_name
            and new.entity_type = old.entity_type and new.entity_id = old.entity_id
            and new.company_id is not distinct from old.company_id
            and new.actor_partner_id is not distinct from old.actor_partner_id
            and new.person_id = old.person_id and new.detail is not distinct from old.detail
            and new.masked_at is not null then
        return new;
    end if;
    raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
