// Period tabs-as-select, search box, status and programme filters of the event list.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { SelectField, TextField } from '@/components/form/fields';
import { MoreFilters, countSet } from '@/components/more-filters';
import { EVENT_STATUSES, type EventStatus } from '@/shared/enums';
import { useCan } from '@/shared/authorization';
import { useProgrammeDirectory } from '@/shared/reference/programmes';
import { PERIODS, type Period } from '@/features/events/api/types';

export interface EventFilterValues {
  q: string;
  period: Period;
  status?: EventStatus;
  programmeId?: number;
}

interface EventFiltersProps {
  values: EventFilterValues;
  onChange: (values: EventFilterValues) => void;
}

export function EventFilters({ values, onChange }: EventFiltersProps) {
  const { t } = useTranslation();
  // the door role may not list programmes: it filters by period, status and title only
  const readsProgrammes = useCan('programmes:read');
  const programmes = useProgrammeDirectory({ enabled: readsProgrammes });
  const [q, setQ] = useState(values.q);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange({ ...values, q: q.trim() });
  };
  return (
    <form role="search" className="filters" onSubmit={submit} aria-label={t('events.searchLabel')}>
      <div className="filters__search">
        <TextField label={t('events.searchLabel')} name="q" type="search" value={q} onChange={(event) => setQ(event.target.value)} />
        <Button type="submit" appearance="primary">
          {t('common.search')}
        </Button>
      </div>
      <MoreFilters
        activeCount={countSet([values.period === 'past' ? values.period : undefined, values.status, values.programmeId])}
      >
        <SelectField
          label={t('events.period')}
          name="period"
          options={PERIODS.map((period) => ({ value: period, label: t(`events.${period}`) }))}
          value={values.period}
          onChange={(event) => onChange({ ...values, q: q.trim(), period: event.target.value as Period })}
        />
        <SelectField
          label={t('events.statusFilter')}
          name="status"
          placeholder={t('events.allStatuses')}
          options={EVENT_STATUSES.map((status) => ({ value: status, label: t(`eventEnums.status.${status}`) }))}
          value={values.status ?? ''}
          onChange={(event) =>
            onChange({ ...values, q: q.trim(), status: (event.target.value || undefined) as EventStatus | undefined })
          }
        />
        {readsProgrammes && (
          <SelectField
            label={t('events.programmeFilter')}
            name="programmeId"
            placeholder={t('events.allProgrammes')}
            options={programmes.programmes.map((programme) => ({ value: String(programme.id), label: programme.name }))}
            value={values.programmeId ? String(values.programmeId) : ''}
            onChange={(event) =>
              onChange({ ...values, q: q.trim(), programmeId: event.target.value ? Number(event.target.value) : undefined })
            }
          />
        )}
      </MoreFilters>
    </form>
  );
}
