-- The audit trail answers "who changed this record, and what was it before?": each entry now
-- names the actor's partner, the fields it changed with their values before and after, and the
-- person whose personal values it holds, so that erasing that person can mask them.
alter table audit_entry add column actor_partner_id bigint;
alter table audit_entry add column changes jsonb;
alter table audit_entry add column person_id bigint;
alter table audit_entry add column masked_at timestamptz;
alter table audit_entry alter column action type varchar(80);

create index audit_entry_at on audit_entry (at desc, id desc);
create index audit_entry_actor on audit_entry (actor, at);
create index audit_entry_actor_partner on audit_entry (actor_partner_id, at) where actor_partner_id is not null;
create index audit_entry_person on audit_entry (person_id) where person_id is not null;

-- Append-only: nothing updates, deletes or truncates the trail — not the application, not a fix
-- in psql. The one exception is erasure (GDPR art. 17): within a transaction that announced it
-- with `set local aanjager.audit_masking = 'on'`, an entry about a person may have its values
-- masked and its masked_at set; every other column must stay as it was.
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and coalesce(current_setting('aanjager.audit_masking', true), '') = 'on'
            and old.person_id is not null
            and new.id = old.id and new.at = old.at and new.actor = old.actor and new.action = old.action
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

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();

-- Entries written before this migration about people who were since erased hold no personal
-- values (their details never did), so nothing needs masking here.
