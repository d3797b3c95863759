// Search box, theme filter and sort order of the programme list.
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/form/fields';
import { countSet } from '@/components/more-filters';
import { SearchFilters } from '@/components/search-filters';
import { THEMES, type Theme } from '@/shared/enums';
import { PROGRAMME_SORTS, type ProgrammeSort } from '@/features/programmes/api/types';

export interface ProgrammeFilterValues {
  q: string;
  theme?: Theme;
  sort: ProgrammeSort;
}

interface ProgrammeFiltersProps {
  values: ProgrammeFilterValues;
  onChange: (values: ProgrammeFilterValues) => void;
}

export function ProgrammeFilters({ values, onChange }: ProgrammeFiltersProps) {
  const { t } = useTranslation();
  return (
    <SearchFilters
      label={t('programmes.searchLabel')}
      initialQuery={values.q}
      onSearch={(q) => onChange({ ...values, q })}
      activeCount={countSet([values.theme])}
    >
      {(q) => (
        <>
          <SelectField
            label={t('programmes.themeFilter')}
            name="theme"
            placeholder={t('programmes.allThemes')}
            options={THEMES.map((theme) => ({ value: theme, label: t(`programmes.theme.${theme}`) }))}
            value={values.theme ?? ''}
            onChange={(event) => onChange({ ...values, q: q(), theme: (event.target.value || undefined) as Theme | undefined })}
          />
          <SelectField
            label={t('common.sortBy')}
            name="sort"
            options={PROGRAMME_SORTS.map((sort) => ({ value: sort, label: t(`programmes.sort.${sort}`) }))}
            value={values.sort}
            onChange={(event) => onChange({ ...values, q: q(), sort: event.target.value as ProgrammeSort })}
          />
        </>
      )}
    </SearchFilters>
  );
}
