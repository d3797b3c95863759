// Search box, theme filter and sort order of the programme list.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { SelectField, TextField } from '@/components/form/fields';
import { PROGRAMME_SORTS, THEMES, type ProgrammeSort, type Theme } from '@/features/programmes/api/types';

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
  const [q, setQ] = useState(values.q);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange({ ...values, q: q.trim() });
  };
  return (
    <form role="search" className="filters" onSubmit={submit} aria-label={t('programmes.searchLabel')}>
      <div className="filters__search">
        <TextField
          label={t('programmes.searchLabel')}
          name="q"
          type="search"
          value={q}
          onChange={(event) => setQ(event.target.value)}
        />
        <Button type="submit" appearance="primary">
          {t('common.search')}
        </Button>
      </div>
      <SelectField
        label={t('programmes.themeFilter')}
        name="theme"
        placeholder={t('programmes.allThemes')}
        options={THEMES.map((theme) => ({ value: theme, label: t(`programmes.theme.${theme}`) }))}
        value={values.theme ?? ''}
        onChange={(event) => onChange({ ...values, q: q.trim(), theme: (event.target.value || undefined) as Theme | undefined })}
      />
      <SelectField
        label={t('common.sortBy')}
        name="sort"
        options={PROGRAMME_SORTS.map((sort) => ({ value: sort, label: t(`programmes.sort.${sort}`) }))}
        value={values.sort}
        onChange={(event) => onChange({ ...values, q: q.trim(), sort: event.target.value as ProgrammeSort })}
      />
    </form>
  );
}
