// Search box, kind filter and sort order of the partner list.
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/form/fields';
import { countSet } from '@/components/more-filters';
import { SearchFilters } from '@/components/search-filters';
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
  return (
    <SearchFilters
      label={t('partners.searchLabel')}
      initialQuery={values.q}
      onSearch={(q) => onChange({ ...values, q })}
      activeCount={countSet([values.kind])}
    >
      {(q) => (
        <>
          <SelectField
            label={t('partners.kindFilter')}
            name="kind"
            placeholder={t('partners.allKinds')}
            options={PARTNER_KINDS.map((kind) => ({ value: kind, label: t(`partners.kind.${kind}`) }))}
            value={values.kind ?? ''}
            onChange={(event) => onChange({ ...values, q: q(), kind: (event.target.value || undefined) as PartnerKind | undefined })}
          />
          <SelectField
            label={t('common.sortBy')}
            name="sort"
            options={PARTNER_SORTS.map((sort) => ({ value: sort, label: t(`partners.sort.${sort}`) }))}
            value={values.sort}
            onChange={(event) => onChange({ ...values, q: q(), sort: event.target.value as PartnerSort })}
          />
        </>
      )}
    </SearchFilters>
  );
}
