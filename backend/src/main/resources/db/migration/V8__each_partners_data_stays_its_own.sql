-- Each partner's data stays its own: a partner sees a person only through its own relation to
-- that person (README "Who sees what"), organisers are invited rather than named, and the cancel
-- link of a registration carries a secret of its own.

-- The relations through which a partner sees a person, looked up by person and by partner.
create index activity_contact on activity (contact_id) where contact_id is not null;
create index contact_created_by_partner on contact (created_by_partner_id) where created_by_partner_id is not null;
create index registration_contact on registration (contact_id);
create index event_organiser_partner on event_organiser (partner_id, event_id);

-- A referral may name the person the receiving partner should speak to.
alter table referral add column contact_id bigint references contact (id);
create index referral_contact on referral (contact_id) where contact_id is not null;

-- The partners a person consented to be shared with, besides those with a relation of their own.
create table contact_sharing (
    contact_id bigint not null references contact (id),
    partner_id bigint not null references partner (id),
    primary key (contact_id, partner_id)
);
create index contact_sharing_partner on contact_sharing (partner_id, contact_id);

-- "Works with" counts funnel credits too: looked up by partner.
create index stage_record_credited_partner on stage_record (credited_partner_id, company_id)
    where withdrawn_at is null and credited_partner_id is not null;

-- Naming another partner as organiser is an invitation until that partner accepts it; only
-- accepted organisers (event_organiser) manage the event and see who registered.
create table event_organiser_invitation (
    event_id   bigint not null references event (id) on delete cascade,
    partner_id bigint not null references partner (id),
    primary key (event_id, partner_id)
);
create index event_organiser_invitation_partner on event_organiser_invitation (partner_id);

-- The secret of the public cancel link, no longer the ticket token: whoever sees a ticket (a
-- screenshot, the door) must not be able to cancel it. gen_random_uuid() draws from a strong
-- source: 122 random bits. Existing registrations of events still to come are sent their new
-- link once (cancel_link_sent_at empty); the others never need one.
alter table registration add column cancel_code varchar(40);
alter table registration add column cancel_link_sent_at timestamptz;
update registration set cancel_code = replace(gen_random_uuid()::text, '-', '');
update registration g set cancel_link_sent_at = g.registered_at
  from event e
 where e.id = g.event_id
   and (g.status not in ('REGISTERED', 'WAITLISTED') or e.status <> 'PUBLISHED' or e.ends_at < now()
        or not exists (select 1 from contact k where k.id = g.contact_id and k.email is not null));
alter table registration alter column cancel_code set not null;
create unique index registration_cancel_code on registration (cancel_code);
create index registration_cancel_link_unsent on registration (id) where cancel_link_sent_at is null;
