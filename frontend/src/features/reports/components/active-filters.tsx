// The filters in words, above the panels: on screen a reminder, on paper the only place that
// says what the numbers of a council report cover.
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { ReportFilters } from '@/features/reports/api/types';
import { useSectorLabel } from '@/features/reports/hooks/use-sector-label';

interface ActiveFiltersProps {
  filters: ReportFilters;
  programmeName: (id: number | undefined) => string;
  partnerName: (id: number | undefined) => string;
}

export function useFilterDescriptions() {
  const { t } = useTranslation();
  const format = useFormat();
  const sectorLabel = useSectorLabel();
  return ({ filters, programmeName, partnerName }: ActiveFiltersProps): string[] => {
    const parts: string[] = [];
    if (filters.programmeId !== undefined) parts.push(t('reports.active.programme', { name: programmeName(filters.programmeId) }));
    if (filters.from && filters.to) parts.push(t('reports.active.period', { from: format.date(filters.from), to: format.date(filters.to) }));
    else if (filters.from) parts.push(t('reports.active.since', { from: format.date(filters.from) }));
    else if (filters.to) parts.push(t('reports.active.until', { to: format.date(filters.to) }));
    else parts.push(t('reports.active.allTime'));
    if (filters.theme) parts.push(t('reports.active.theme', { theme: t(`programmes.theme.${filters.theme}`) }));
    if (filters.creditedPartnerId !== undefined) parts.push(t('reports.active.partner', { partner: partnerName(filters.creditedPartnerId) }));
    if (filters.district) parts.push(t('reports.active.district', { district: filters.district }));
    if (filters.sector) parts.push(t('reports.active.sector', { sector: sectorLabel(filters.sector) }));
    if (filters.sizeClass) parts.push(t('reports.active.sizeClass', { size: t(`enums.sizeClass.${filters.sizeClass}`) }));
    return parts;
  };
}

export function ActiveFilters(props: ActiveFiltersProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useFilterDescriptions();
  return (
    <div className="active-filters">
      <h2 className="visually-hidden">{t('reports.active.title')}</h2>
      <ul className="active-filters__list">
        {describe(props).map((part) => (
          <li key={part}>{part}</li>
        ))}
      </ul>
      <p className="print-only">{t('reports.printedAt', { date: format.date(new Date()) })}</p>
    </div>
  );
}
