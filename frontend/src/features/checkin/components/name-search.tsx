// Search the attendee list on this phone by name or company, and check someone in from it.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { TextField } from '@/components/form/fields';
import type { CheckInAttendee } from '@/features/checkin/api/types';

const SHOWN = 8;

/** Lower case without accents: "Ünal" finds "unal", "de jong" finds "De Jong". */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Every word of the query must occur in the name or the company. */
export function matchAttendees(attendees: readonly CheckInAttendee[], query: string): CheckInAttendee[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  // the ones still expected first, then by name: who is already in is seldom who is looked for
  return attendees
    .filter((attendee) => {
      const haystack = normalise(`${attendee.name ?? ''} ${attendee.companyName ?? ''}`);
      return words.every((word) => haystack.includes(word));
    })
    .sort((a, b) => Number(a.status !== 'REGISTERED') - Number(b.status !== 'REGISTERED') || (a.name ?? '').localeCompare(b.name ?? ''));
}

interface NameSearchProps {
  attendees: readonly CheckInAttendee[];
  busy: boolean;
  onCheckIn: (attendee: CheckInAttendee) => void;
}

export function NameSearch({ attendees, busy, onCheckIn }: NameSearchProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const resultsId = useId();
  const matches = matchAttendees(attendees, query);
  return (
    <div className="name-search">
      <TextField
        label={t('checkin.search.label')}
        description={t('checkin.search.hint')}
        name="attendeeSearch"
        type="search"
        autoComplete="off"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        aria-controls={resultsId}
      />
      <div id={resultsId}>
        {query.trim().length > 0 && matches.length === 0 && <p role="status">{t('checkin.search.none', { q: query.trim() })}</p>}
        {matches.length > 0 && (
          <ul className="attendee-list" aria-label={t('checkin.search.results')}>
            {matches.slice(0, SHOWN).map((attendee) => (
              <li key={attendee.registrationId} className="attendee">
                <span className="attendee__who">
                  <span className="attendee__name">{attendee.name}</span>
                  {attendee.companyName && <span className="attendee__company">{attendee.companyName}</span>}
                  {attendee.status !== 'REGISTERED' && (
                    <span className="attendee__status">{t(`enums.registrationStatus.${attendee.status}`)}</span>
                  )}
                </span>
                <Button
                  appearance={attendee.status === 'REGISTERED' ? 'primary' : 'secondary'}
                  disabled={busy}
                  onClick={() => {
                    onCheckIn(attendee);
                    setQuery('');
                  }}
                >
                  {t('checkin.search.checkIn')} <span className="visually-hidden">{attendee.name}</span>
                </Button>
              </li>
            ))}
          </ul>
        )}
        {matches.length > SHOWN && <p>{t('checkin.search.more', { count: matches.length - SHOWN })}</p>}
      </div>
    </div>
  );
}
