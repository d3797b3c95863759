-- The consent the backend records for people who register themselves or walk in at the door is
-- read by the programme's staff, in Dutch. Earlier rows said it in English; the public form also
-- looks its own earlier contacts up by this source, so the old rows must carry the new words.
update contact
   set consent_source = 'openbaar aanmeldformulier',
       consent_purpose = regexp_replace(consent_purpose, '^Registration for (.*) and follow-up by the programme$',
                                        'Aanmelding voor \1 en opvolging door het programma')
 where consent_source = 'public registration form';

update contact
   set consent_source = 'aan de deur, bij binnenkomst',
       consent_purpose = regexp_replace(consent_purpose, '^Attendance of (.*) and follow-up by the programme$',
                                        'Deelname aan \1 en opvolging door het programma')
 where consent_source = 'walk-in at the door';
