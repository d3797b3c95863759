-- The city's time zone is configuration (aanjager.programme.time-zone), not a literal in SQL: the
-- backend writes it here when it starts (ProgrammeCalendar), and the report facts read it. The row
-- holds the default until then. Facts computed before a change of zone keep the old day bounds;
-- a city sets its zone once, before real data.
create table programme_setting (
    only_row  boolean primary key default true check (only_row),
    time_zone text not null check (pg_catalog.now() at time zone time_zone is not null)
);
insert into programme_setting (time_zone) values ('Europe/Amsterdam');

-- The moment an activity counts as contact: the end of its day in the city (V6 named the zone).
create or replace function activity_contact_at(day date) returns timestamptz language sql stable as $$
    select ((day + 1)::timestamp at time zone (select time_zone from programme_setting))
           - interval '1 microsecond'
$$;
