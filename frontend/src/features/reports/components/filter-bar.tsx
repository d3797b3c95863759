// The filters every panel shares. Choices in a list apply at once; typed ones (dates, district,
// sector) with the apply button or Enter, so a half-typed date does not refetch every panel.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { SelectField, TextField } from '@/components/form/fields';
import { SbiCodeField } from '@/components/form/sbi-code-field';
import { MoreFilters, countSet } from '@/components/more-filters';
import { SIZE_CLASSES, THEMES, oneOf, type SizeClass, type Theme } from '@/shared/enums';
import type { PartnerSummary } from '@/shared/reference/partners';
import type { ProgrammeSummary } from '@/shared/reference/programmes';
import { readId } from '@/lib/search-params';
import type { ReportFilters } from '@/features/reports/api/types';
import { PERIOD_PRESETS, presetOf, presetPeriod, type PeriodPreset } from '@/features/reports/utils/filters';

interface FilterBarProps {
  filters: ReportFilters;
  programmes: ProgrammeSummary[];
  partners: PartnerSummary[];
  onChange: (filters: ReportFilters) => void;
}

interface Typed {
  from: string;
  to: string;
  district: string;
  sector: string;
}

const typedOf = (filters: ReportFilters): Typed => ({
  from: filters.from ?? '',
  to: filters.to ?? '',
  district: filters.district ?? '',
  sector: filters.sector ?? '',
});


export function FilterBar({ filters, programmes, partners, onChange }: FilterBarProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState<Typed>(() => typedOf(filters));
  const [error, setError] = useState<string | undefined>();
  // the URL changed underneath (a preset, reset, back button): show its values, not stale typing
  const source = JSON.stringify(typedOf(filters));
  const [seen, setSeen] = useState(source);
  if (seen !== source) {
    setSeen(source);
    setTyped(typedOf(filters));
  }

  const programme = programmes.find((candidate) => candidate.id === filters.programmeId);
  const preset = presetOf(filters, new Date(), programme);
  const clean = (value: string) => value.trim() || undefined;

  const apply = (changes: Partial<ReportFilters>) => {
    setError(undefined);
    onChange({ ...filters, ...changes });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (typed.from && typed.to && typed.to < typed.from) {
      setError(t('reports.filters.toBeforeFrom'));
      return;
    }
    apply({ from: clean(typed.from), to: clean(typed.to), district: clean(typed.district), sector: clean(typed.sector) });
  };

  const choosePreset = (value: string) => {
    if (value === 'custom') return;
    apply({ from: undefined, to: undefined, ...presetPeriod(value as PeriodPreset, new Date(), programme) });
  };

  return (
    <form className="filters dashboard-filters no-print" aria-label={t('reports.filters.label')} onSubmit={submit}>
      <SelectField
        label={t('reports.filters.programme')}
        name="programmeId"
        options={programmes.map((candidate) => ({ value: String(candidate.id), label: candidate.name }))}
        value={filters.programmeId === undefined ? '' : String(filters.programmeId)}
        onChange={(event) => apply({ programmeId: readId(event.target.value) })}
      />
      <SelectField
        label={t('reports.filters.period')}
        name="period"
        options={[...PERIOD_PRESETS, 'custom' as const]
          .filter((option) => option !== 'programme' || programme)
          .map((option) => ({ value: option, label: t(`reports.filters.preset.${option}`) }))}
        value={preset}
        onChange={(event) => choosePreset(event.target.value)}
      />
      <MoreFilters
        // a chosen period shows in its own field; only dates typed by hand are set in the fold
        activeCount={countSet([...(preset === 'custom' ? [filters.from, filters.to] : []), filters.theme,
          filters.creditedPartnerId, filters.sizeClass, filters.district, filters.sector])}
      >
        <TextField
          label={t('reports.filters.from')}
          name="from"
          type="date"
          value={typed.from}
          onChange={(event) => setTyped({ ...typed, from: event.target.value })}
        />
        <TextField
          label={t('reports.filters.to')}
          name="to"
          type="date"
          value={typed.to}
          error={error}
          onChange={(event) => setTyped({ ...typed, to: event.target.value })}
        />
        <SelectField
          label={t('reports.filters.theme')}
          name="theme"
          placeholder={t('reports.filters.allThemes')}
          options={THEMES.map((theme) => ({ value: theme, label: t(`programmes.theme.${theme}`) }))}
          value={filters.theme ?? ''}
          onChange={(event) => apply({ theme: oneOf<Theme>(THEMES, event.target.value) })}
        />
        <SelectField
          label={t('reports.filters.partner')}
          name="creditedPartnerId"
          placeholder={t('reports.filters.allPartners')}
          options={partners.map((partner) => ({ value: String(partner.id), label: partner.name }))}
          value={filters.creditedPartnerId === undefined ? '' : String(filters.creditedPartnerId)}
          onChange={(event) => apply({ creditedPartnerId: readId(event.target.value) })}
        />
        <SelectField
          label={t('reports.filters.sizeClass')}
          name="sizeClass"
          placeholder={t('reports.filters.allSizes')}
          options={SIZE_CLASSES.map((size) => ({ value: size, label: t(`enums.sizeClass.${size}`) }))}
          value={filters.sizeClass ?? ''}
          onChange={(event) => apply({ sizeClass: oneOf<SizeClass>(SIZE_CLASSES, event.target.value) })}
        />
        <TextField
          label={t('reports.filters.district')}
          name="district"
          value={typed.district}
          onChange={(event) => setTyped({ ...typed, district: event.target.value })}
        />
        <SbiCodeField
          use="prefix"
          label={t('reports.filters.sector')}
          description={t('reports.filters.sectorHint')}
          name="sector"
          inputMode="decimal"
          value={typed.sector}
          onChange={(event) => setTyped({ ...typed, sector: event.target.value })}
        />
        <div className="button-row dashboard-filters__buttons">
          <Button type="submit" appearance="primary">
            {t('reports.filters.apply')}
          </Button>
          <Button appearance="subtle" onClick={() => onChange({ programmeId: filters.programmeId })}>
            {t('reports.filters.reset')}
          </Button>
        </div>
      </MoreFilters>
    </form>
  );
}
