// Create and edit form for a company. The KvK number and name are checked here; everything
// else, and the final word, comes from the server's 400 problem, shown next to the fields.
// A 409 on create names the existing record: the form links to it.
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink } from '@/components/button';
import { SelectField, TextField } from '@/components/form/fields';
import { SbiCodeField } from '@/components/form/sbi-code-field';
import type { FieldErrors } from '@/components/form/form-errors';
import { useFormState } from '@/components/form/use-form-state';
import { ProblemAlert } from '@/components/problem-alert';
import { SIZE_CLASSES, oneOf, type SizeClass } from '@/shared/enums';
import { isApiProblem } from '@/lib/problem';
import { describeProblem } from '@/lib/problem-text';
import { companyPathFromApi, type Company, type CompanyRequest } from '@/features/companies/api/types';

const FIELDS = [
  'kvkNumber', 'branchNumber', 'name', 'sbiCode', 'sizeClass', 'employees', 'street', 'houseNumber',
  'postcode', 'city', 'district', 'website', 'tags',
] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Exclude<Field, 'sizeClass'>, string> & { sizeClass: SizeClass | '' };

function toValues(company?: Company): Values {
  return {
    kvkNumber: company?.kvkNumber ?? '',
    branchNumber: company?.branchNumber ?? '',
    name: company?.name ?? '',
    sbiCode: company?.sbiCode ?? '',
    sizeClass: company?.sizeClass ?? '',
    employees: company?.employees == null ? '' : String(company.employees),
    street: company?.street ?? '',
    houseNumber: company?.houseNumber ?? '',
    postcode: company?.postcode ?? '',
    city: company?.city ?? '',
    district: company?.district ?? '',
    website: company?.website ?? '',
    tags: (company?.tags ?? []).join(', '),
  };
}

function toRequest(values: Values): CompanyRequest {
  const optional = (value: string) => value.trim() || undefined;
  return {
    kvkNumber: values.kvkNumber.trim(),
    branchNumber: optional(values.branchNumber),
    name: values.name.trim(),
    sbiCode: optional(values.sbiCode),
    sizeClass: values.sizeClass || undefined,
    employees: values.employees.trim() === '' ? undefined : Number(values.employees),
    street: optional(values.street),
    houseNumber: optional(values.houseNumber),
    postcode: optional(values.postcode),
    city: optional(values.city),
    district: optional(values.district),
    website: optional(values.website),
    tags: values.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
  };
}

function ExistingCompanyAlert({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const { t } = useTranslation();
  const path = isApiProblem(error) && error.status === 409 ? companyPathFromApi(error.existing) : undefined;
  if (!path) return <ProblemAlert error={error} onReload={onReload} />;
  return (
    <div className="utrecht-alert utrecht-alert--error" role="alert">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <p className="alert-title">{t('companies.exists')}</p>
          {isApiProblem(error) && error.code === 'COMPANY_EXISTS' && <p>{describeProblem(t, error)}</p>}
          <p>
            <Link className="utrecht-link" to={path}>
              {t('companies.openExisting')}
            </Link>
          </p>
        </div>
      </div>
    </div>
  );
}

interface CompanyFormProps {
  company?: Company;
  submitting: boolean;
  error: unknown;
  cancelTo: string;
  onSubmit: (request: CompanyRequest) => void;
  onReload?: () => void;
}

export function CompanyForm({ company, submitting, error, cancelTo, onSubmit, onReload }: CompanyFormProps) {
  const { t } = useTranslation();
  const { formRef, values, set, errors, handleSubmit } = useFormState({
    initial: () => toValues(company),
    fields: FIELDS,
    serverError: error,
    validate: (current: Values) => {
      const found: FieldErrors<Field> = {};
      if (!current.kvkNumber.trim()) found.kvkNumber = t('common.requiredField');
      if (!current.name.trim()) found.name = t('common.requiredField');
      return found;
    },
    onValid: (current) => onSubmit(toRequest(current)),
  });

  const text = (field: Exclude<Field, 'sizeClass'>, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      label={t(`companies.fields.${field}`)}
      name={field}
      value={values[field]}
      error={errors[field]}
      onChange={(event) => set(field, event.target.value)}
      {...extra}
    />
  );

  return (
    <form ref={formRef} noValidate onSubmit={handleSubmit} className="form">
      <ExistingCompanyAlert error={error} onReload={onReload} />
      <div className="field-row">
        {text('kvkNumber', { required: true, inputMode: 'numeric', autoComplete: 'off', description: t('companies.fields.kvkHint') })}
        {text('branchNumber', { inputMode: 'numeric', autoComplete: 'off', description: t('companies.fields.branchHint') })}
      </div>
      {text('name', { required: true, autoComplete: 'organization' })}
      <div className="field-row">
        <SbiCodeField
          use="company"
          label={t('companies.fields.sbiCode')}
          name="sbiCode"
          inputMode="decimal"
          description={t('companies.fields.sbiHint')}
          value={values.sbiCode}
          error={errors.sbiCode}
          onChange={(event) => set('sbiCode', event.target.value)}
        />
        <SelectField
          label={t('companies.fields.sizeClass')}
          name="sizeClass"
          placeholder={t('companies.fields.sizeClassPlaceholder')}
          options={SIZE_CLASSES.map((size) => ({ value: size, label: t(`enums.sizeClass.${size}`) }))}
          value={values.sizeClass}
          error={errors.sizeClass}
          onChange={(event) => set('sizeClass', oneOf(SIZE_CLASSES, event.target.value) ?? '')}
        />
        {text('employees', { type: 'number', inputMode: 'numeric', min: 0, max: 249, step: 1, className: 'utrecht-textbox--numeric' })}
      </div>
      <div className="field-row">
        {text('street', { autoComplete: 'address-line1' })}
        {text('houseNumber', { className: 'utrecht-textbox--numeric' })}
      </div>
      <div className="field-row">
        {text('postcode', { autoComplete: 'postal-code', description: t('companies.fields.postcodeHint') })}
        {text('city', { autoComplete: 'address-level2' })}
        {text('district')}
      </div>
      {text('website', { type: 'url', inputMode: 'url', description: t('companies.fields.websiteHint') })}
      {text('tags', { description: t('companies.fields.tagsHint') })}
      <div className="button-row">
        <Button type="submit" appearance="primary" disabled={submitting} busy={submitting}>
          {submitting ? t('common.saving') : t('common.save')}
        </Button>
        <ButtonLink to={cancelTo} appearance="subtle">
          {t('common.cancel')}
        </ButtonLink>
      </div>
    </form>
  );
}
