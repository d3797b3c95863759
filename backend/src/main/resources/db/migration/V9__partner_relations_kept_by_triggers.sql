-- Who may see whom, and which companies each partner works with, as facts kept by triggers
-- (README "Who sees what"). Deciding it per request from the raw tables took 0.5-1.5 s for a
-- partner's lists at 200,000 companies (perf/partner-scope.sh); from these facts a list is an
-- index lookup. The rule itself is written once, in the two views below: the triggers refresh a
-- changed (partner, person) or (partner, company) pair by asking the view, and a bulk load fills
-- the facts from the views (perf/*.sql).

-- A partner's own relations to a person: it entered the person; the person is named on its own
-- activity, or on a referral to or from it; the person registered for an event it organises; or
-- the person consented to be shared with it.
create view partner_person_relation as
select k.created_by_partner_id as partner_id, k.id as contact_id from contact k where k.created_by_partner_id is not null
union all select a.partner_id, a.contact_id from activity a where a.contact_id is not null
union all select f.from_partner_id, f.contact_id from referral f where f.contact_id is not null
union all select f.to_partner_id, f.contact_id from referral f where f.contact_id is not null
union all select o.partner_id, g.contact_id from registration g join event_organiser o on o.event_id = g.event_id
union all select s.partner_id, s.contact_id from contact_sharing s;

-- The companies a partner works with: an activity, a referral either way, a contact it entered,
-- or a funnel credit that was not withdrawn.
create view partner_company_relation as
select a.partner_id, a.company_id from activity a
union all select f.from_partner_id, f.company_id from referral f
union all select f.to_partner_id, f.company_id from referral f
union all select k.created_by_partner_id, k.company_id from contact k where k.created_by_partner_id is not null
union all select s.credited_partner_id, s.company_id from stage_record s
           where s.credited_partner_id is not null and s.withdrawn_at is null;

create table partner_person (
    partner_id bigint not null references partner (id) on delete cascade,
    contact_id bigint not null references contact (id) on delete cascade,
    primary key (partner_id, contact_id)
);
create index partner_person_contact on partner_person (contact_id);

create table partner_company (
    partner_id bigint not null references partner (id) on delete cascade,
    company_id bigint not null references company (id) on delete cascade,
    primary key (partner_id, company_id)
);
create index partner_company_company on partner_company (company_id);

insert into partner_person select distinct partner_id, contact_id from partner_person_relation;
insert into partner_company select distinct partner_id, company_id from partner_company_relation;

create function refresh_partner_person(p bigint, k bigint) returns void language plpgsql as $$
begin
    if p is null or k is null then
        return;
    end if;
    if exists (select 1 from partner_person_relation r where r.partner_id = p and r.contact_id = k) then
        insert into partner_person (partner_id, contact_id) values (p, k) on conflict do nothing;
    else
        delete from partner_person where partner_id = p and contact_id = k;
    end if;
end $$;

create function refresh_partner_company(p bigint, c bigint) returns void language plpgsql as $$
begin
    if p is null or c is null then
        return;
    end if;
    if exists (select 1 from partner_company_relation r where r.partner_id = p and r.company_id = c) then
        insert into partner_company (partner_id, company_id) values (p, c) on conflict do nothing;
    else
        delete from partner_company where partner_id = p and company_id = c;
    end if;
end $$;

create function contact_relations_changed() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform refresh_partner_person(old.created_by_partner_id, old.id);
        perform refresh_partner_company(old.created_by_partner_id, old.company_id);
    end if;
    if tg_op <> 'DELETE' then
        perform refresh_partner_person(new.created_by_partner_id, new.id);
        perform refresh_partner_company(new.created_by_partner_id, new.company_id);
    end if;
    return null;
end $$;
-- Hibernate writes every column of a changed row, so an update trigger also asks whether its
-- columns really changed: otherwise every check-in and every edit would refresh relations.
create trigger contact_relations after insert or delete on contact
    for each row execute function contact_relations_changed();
create trigger contact_relations_update after update of created_by_partner_id, company_id on contact
    for each row when (old.created_by_partner_id is distinct from new.created_by_partner_id
                       or old.company_id is distinct from new.company_id)
    execute function contact_relations_changed();

create function activity_relations_changed() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform refresh_partner_person(old.partner_id, old.contact_id);
        perform refresh_partner_company(old.partner_id, old.company_id);
    end if;
    if tg_op <> 'DELETE' then
        perform refresh_partner_person(new.partner_id, new.contact_id);
        perform refresh_partner_company(new.partner_id, new.company_id);
    end if;
    return null;
end $$;
create trigger activity_relations after insert or delete on activity
    for each row execute function activity_relations_changed();
create trigger activity_relations_update after update of partner_id, contact_id, company_id on activity
    for each row when (old.partner_id is distinct from new.partner_id or old.contact_id is distinct from new.contact_id
                       or old.company_id is distinct from new.company_id)
    execute function activity_relations_changed();

create function referral_relations_changed() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform refresh_partner_person(old.from_partner_id, old.contact_id);
        perform refresh_partner_person(old.to_partner_id, old.contact_id);
        perform refresh_partner_company(old.from_partner_id, old.company_id);
        perform refresh_partner_company(old.to_partner_id, old.company_id);
    end if;
    if tg_op <> 'DELETE' then
        perform refresh_partner_person(new.from_partner_id, new.contact_id);
        perform refresh_partner_person(new.to_partner_id, new.contact_id);
        perform refresh_partner_company(new.from_partner_id, new.company_id);
        perform refresh_partner_company(new.to_partner_id, new.company_id);
    end if;
    return null;
end $$;
create trigger referral_relations after insert or delete on referral
    for each row execute function referral_relations_changed();
create trigger referral_relations_update
    after update of from_partner_id, to_partner_id, contact_id, company_id on referral
    for each row when (old.from_partner_id is distinct from new.from_partner_id
                       or old.to_partner_id is distinct from new.to_partner_id
                       or old.contact_id is distinct from new.contact_id or old.company_id is distinct from new.company_id)
    execute function referral_relations_changed();

-- A registration opens the person to the event's organisers. A new one (the door's walk-ins
-- too) only adds, so it skips the refresh: the insert path stays as cheap as it was.
create function registration_relations_changed() returns trigger language plpgsql as $$
declare
    organiser bigint;
begin
    if tg_op = 'INSERT' then
        insert into partner_person (partner_id, contact_id)
        select o.partner_id, new.contact_id from event_organiser o where o.event_id = new.event_id
        on conflict do nothing;
        return null;
    end if;
    for organiser in select partner_id from event_organiser where event_id = old.event_id loop
        perform refresh_partner_person(organiser, old.contact_id);
    end loop;
    if tg_op = 'UPDATE' then
        for organiser in select partner_id from event_organiser where event_id = new.event_id loop
            perform refresh_partner_person(organiser, new.contact_id);
        end loop;
    end if;
    return null;
end $$;
create trigger registration_relations after insert or delete on registration
    for each row execute function registration_relations_changed();
create trigger registration_relations_update after update of contact_id, event_id on registration
    for each row when (old.contact_id is distinct from new.contact_id or old.event_id is distinct from new.event_id)
    execute function registration_relations_changed();

-- A partner that becomes an organiser (accepting an invitation) sees the event's registrants.
create function organiser_relations_changed() returns trigger language plpgsql as $$
declare
    person bigint;
begin
    if tg_op = 'INSERT' then
        insert into partner_person (partner_id, contact_id)
        select distinct new.partner_id, g.contact_id from registration g where g.event_id = new.event_id
        on conflict do nothing;
        return null;
    end if;
    for person in select distinct contact_id from registration where event_id = old.event_id loop
        perform refresh_partner_person(old.partner_id, person);
    end loop;
    return null;
end $$;
create trigger organiser_relations after insert or delete on event_organiser
    for each row execute function organiser_relations_changed();

create function sharing_relations_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into partner_person (partner_id, contact_id) values (new.partner_id, new.contact_id)
        on conflict do nothing;
    else
        perform refresh_partner_person(old.partner_id, old.contact_id);
    end if;
    return null;
end $$;
create trigger sharing_relations after insert or delete on contact_sharing
    for each row execute function sharing_relations_changed();

-- A funnel credit makes the credited partner one that works with the company. Inserts come at
-- the door (a check-in credits the organisers) and only add: no refresh on that path.
create function credit_relations_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if new.credited_partner_id is not null and new.withdrawn_at is null then
            insert into partner_company (partner_id, company_id) values (new.credited_partner_id, new.company_id)
            on conflict do nothing;
        end if;
        return null;
    end if;
    perform refresh_partner_company(old.credited_partner_id, old.company_id);
    if tg_op = 'UPDATE' then
        perform refresh_partner_company(new.credited_partner_id, new.company_id);
    end if;
    return null;
end $$;
create trigger credit_relations after insert or delete on stage_record
    for each row execute function credit_relations_changed();
create trigger credit_relations_update after update of withdrawn_at, credited_partner_id, company_id on stage_record
    for each row when (old.withdrawn_at is distinct from new.withdrawn_at
                       or old.credited_partner_id is distinct from new.credited_partner_id
                       or old.company_id is distinct from new.company_id)
    execute function credit_relations_changed();
