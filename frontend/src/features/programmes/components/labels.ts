// Display labels for programme data that the API gives as codes.
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { Programme } from '@/features/programmes/api/types';

export function usePeriodLabel() {
  const { t } = useTranslation();
  const format = useFormat();
  return (programme: Pick<Programme, 'startDate' | 'endDate'>): string =>
    programme.endDate
      ? t('programmes.periodRange', { start: format.date(programme.startDate), end: format.date(programme.endDate) })
      : t('programmes.periodOpen', { start: format.date(programme.startDate) });
}
