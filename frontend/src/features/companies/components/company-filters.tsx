// Search box, filters and sort order of the company list. Text fields apply with the search
// button (or Enter); choices in a list apply at once.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { CheckboxField, SelectField, TextField } from '@/components/form/fields';
import { SbiCodeField } from '@/components/form/sbi-code-field';
import { MoreFilters, countSet } from '@/components/more-filters';
import { useActingPartner } from '@/shared/authorization';
import { SIZE_CLASSES, THEMES, oneOf, type SizeClass, type Theme } from '@/shared/enums';
import { usePartnerDirectory } from '@/shared/reference/partners';
import { useFunnelStages, useProgrammeDirectory } from '@/shared/reference/programmes';
import { useStageLabel } from '@/shared/stage-label';
import { readId } from '@/lib/search-params';
import { COMPANY_SORTS, type CompanyFilterParams, type CompanySort } from '@/features/companies/api/types';

export interface CompanyFilterValues extends CompanyFilterParams {
  sort: CompanySort;
}

interface CompanyFiltersProps {
  values: CompanyFilterValues;
  onChange: (values: CompanyFilterValues) => void;
}

export function CompanyFilters({ values, onChange }: CompanyFiltersProps) {
  const { t } = useTranslation();
  const stageLabel = useStageLabel();
  const { partners } = usePartnerDirectory();
  // a partner user may list its own partner's relationships only (the API refuses another's)
  const { actsForNetwork, ownPartnerId } = useActingPartner();
  const { programmes } = useProgrammeDirectory();
  const stages = useFunnelStages(values.programmeId);
  const [text, setText] = useState({ q: values.q ?? '', district: values.district ?? '', sector: values.sector ?? '' });

  const typed = () => ({ q: text.q.trim(), district: text.district.trim(), sector: text.sector.trim() });
  const apply = (changes: Partial<CompanyFilterValues>) => onChange({ ...values, ...typed(), ...changes });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply({});
  };

  return (
    <form role="search" className="filters" onSubmit={submit} aria-label={t('companies.searchLabel')}>
      <div className="filters__search">
        <TextField
          label={t('companies.searchLabel')}
          description={t('companies.searchHint')}
          name="q"
          type="search"
          value={text.q}
          onChange={(event) => setText({ ...text, q: event.target.value })}
        />
        <Button type="submit" appearance="primary">
          {t('common.search')}
        </Button>
      </div>
      <MoreFilters
        activeCount={countSet([values.district, values.sector, values.sizeClass, values.programmeId, values.stageId,
          values.reachedStageId, values.creditedStageId, values.theme, values.workedWithPartnerId])}
      >
        <TextField
          label={t('companies.filter.district')}
          name="district"
          value={text.district}
          onChange={(event) => setText({ ...text, district: event.target.value })}
        />
        <SbiCodeField
          use="prefix"
          label={t('companies.filter.sector')}
          description={t('companies.filter.sectorHint')}
          name="sector"
          inputMode="decimal"
          value={text.sector}
          onChange={(event) => setText({ ...text, sector: event.target.value })}
        />
        <SelectField
          label={t('companies.filter.sizeClass')}
          name="sizeClass"
          placeholder={t('companies.filter.allSizes')}
          options={SIZE_CLASSES.map((size) => ({ value: size, label: t(`enums.sizeClass.${size}`) }))}
          value={values.sizeClass ?? ''}
          onChange={(event) => apply({ sizeClass: oneOf<SizeClass>(SIZE_CLASSES, event.target.value) })}
        />
        <SelectField
          label={t('companies.filter.programme')}
          name="programmeId"
          placeholder={t('companies.filter.allProgrammes')}
          options={programmes.map((programme) => ({ value: String(programme.id), label: programme.name }))}
          value={values.programmeId === undefined ? '' : String(values.programmeId)}
          // stages belong to a programme: a stage of the previous one would find nothing
          onChange={(event) =>
            apply({ programmeId: readId(event.target.value), stageId: undefined, reachedStageId: undefined, creditedStageId: undefined })
          }
        />
        {values.programmeId !== undefined && (
          <SelectField
            label={t('companies.filter.stage')}
            name="stageId"
            placeholder={t('companies.filter.anyStage')}
            options={(stages.data ?? []).map((stage) => ({ value: String(stage.id), label: stageLabel(stage) }))}
            value={values.stageId === undefined ? '' : String(values.stageId)}
            onChange={(event) => apply({ stageId: readId(event.target.value) })}
          />
        )}
        <SelectField
          label={t('companies.filter.theme')}
          name="theme"
          placeholder={t('companies.filter.allThemes')}
          options={THEMES.map((theme) => ({ value: theme, label: t(`programmes.theme.${theme}`) }))}
          value={values.theme ?? ''}
          onChange={(event) => apply({ theme: oneOf<Theme>(THEMES, event.target.value) })}
        />
        {actsForNetwork ? (
          <SelectField
            label={t('companies.filter.partner')}
            name="workedWithPartnerId"
            placeholder={t('companies.filter.allPartners')}
            options={partners.map((partner) => ({ value: String(partner.id), label: partner.name }))}
            value={values.workedWithPartnerId === undefined ? '' : String(values.workedWithPartnerId)}
            onChange={(event) => apply({ workedWithPartnerId: readId(event.target.value) })}
          />
        ) : (
          ownPartnerId !== undefined && (
            <CheckboxField
              label={t('companies.filter.ownPartner')}
              name="workedWithPartnerId"
              checked={values.workedWithPartnerId === ownPartnerId}
              onChange={(event) => apply({ workedWithPartnerId: event.target.checked ? ownPartnerId : undefined })}
            />
          )
        )}
        <SelectField
          label={t('common.sortBy')}
          name="sort"
          options={COMPANY_SORTS.map((sort) => ({ value: sort, label: t(`companies.sort.${sort || 'relevance'}`) }))}
          value={values.sort}
          onChange={(event) => apply({ sort: oneOf(COMPANY_SORTS, event.target.value) ?? '' })}
        />
      </MoreFilters>
    </form>
  );
}
