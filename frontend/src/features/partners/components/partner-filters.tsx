// Search box, kind filter and sort order of the partner list.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { SelectField, TextField } from '@/components/form/fields';
import { PARTNER_KINDS, PARTNER_SORTS, type PartnerKind, type PartnerSort } from '@/features/partners/api/types';

export interface PartnerFilterValues {
  q: string;
  kind?: PartnerKind;
  sort: PartnerSort;
}

interface PartnerFiltersProps {
  values: PartnerFilterValues;
  onChange: (values: PartnerFilterValues) => void;
}

export function PartnerFilters({ values, onChange }: PartnerFiltersProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState(values.q);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange({ ...values, q: q.trim() });
  };

  return (
    <form role="search" className="filters" onSubmit={submit} aria-label={t('partners.searchLabel')}>
      <div className="filters__search">
        <TextField
          label={t('partners.searchLabel')}
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
        label={t('partners.kindFilter')}
        name="kind"
        placeholder={t('partners.allKinds')}
        options={PARTNER_KINDS.map((kind) => ({ value: kind, label: t(`partners.kind.${kind}`) }))}
        value={values.kind ?? ''}
        onChange={(event) => onChange({ ...values, q: q.trim(), kind: (event.target.value || undefined) as PartnerKind | undefined })}
      />
      <SelectField
        label={t('common.sortBy')}
        name="sort"
        options={PARTNER_SORTS.map((sort) => ({ value: sort, label: t(`partners.sort.${sort}`) }))}
        value={values.sort}
        onChange={(event) => onChange({ ...values, q: q.trim(), sort: event.target.value as PartnerSort })}
      />
    </form>
  );
}
