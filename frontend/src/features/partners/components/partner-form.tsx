// Create and edit form for a partner. Required fields are checked here; everything else,
// and the final word, comes from the server's 400 problem, shown next to the fields.
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink } from '@/components/button';
import { CheckboxField, SelectField, TextAreaField, TextField } from '@/components/form/fields';
import type { FieldErrors } from '@/components/form/form-errors';
import { useFormState } from '@/components/form/use-form-state';
import { ProblemAlert } from '@/components/problem-alert';
import {
  PARTNER_KINDS,
  type Partner,
  type PartnerKind,
  type PartnerRequest,
} from '@/features/partners/api/types';

const FIELDS = ['name', 'kind', 'website', 'email', 'description', 'active'] as const;
type Field = (typeof FIELDS)[number];

interface Values {
  name: string;
  kind: PartnerKind | '';
  website: string;
  email: string;
  description: string;
  active: boolean;
}

function toValues(partner?: Partner): Values {
  return {
    name: partner?.name ?? '',
    kind: partner?.kind ?? '',
    website: partner?.website ?? '',
    email: partner?.email ?? '',
    description: partner?.description ?? '',
    active: partner?.active ?? true,
  };
}

function toRequest(values: Values): PartnerRequest {
  const optional = (value: string) => value.trim() || undefined;
  return {
    name: values.name.trim(),
    kind: values.kind as PartnerKind,
    website: optional(values.website),
    email: optional(values.email),
    description: optional(values.description),
    active: values.active,
  };
}

interface PartnerFormProps {
  partner?: Partner;
  submitting: boolean;
  error: unknown;
  onSubmit: (request: PartnerRequest) => void;
  onReload?: () => void;
}

export function PartnerForm({ partner, submitting, error, onSubmit, onReload }: PartnerFormProps) {
  const { t } = useTranslation();
  const { formRef, values, set, errors, handleSubmit } = useFormState({
    initial: () => toValues(partner),
    fields: FIELDS,
    serverError: error,
    validate: (current: Values) => {
      const found: FieldErrors<Field> = {};
      if (!current.name.trim()) found.name = t('common.requiredField');
      if (!current.kind) found.kind = t('common.requiredField');
      return found;
    },
    onValid: (current) => onSubmit(toRequest(current)),
  });

  return (
    <form ref={formRef} noValidate onSubmit={handleSubmit} className="form">
      <ProblemAlert error={error} onReload={onReload} />
      <TextField
        label={t('partners.fields.name')}
        name="name"
        required
        autoComplete="organization"
        value={values.name}
        error={errors.name}
        onChange={(event) => set('name', event.target.value)}
      />
      <SelectField
        label={t('partners.fields.kind')}
        name="kind"
        required
        placeholder={t('partners.fields.kindPlaceholder')}
        options={PARTNER_KINDS.map((kind) => ({ value: kind, label: t(`partners.kind.${kind}`) }))}
        value={values.kind}
        error={errors.kind}
        onChange={(event) => set('kind', event.target.value as PartnerKind | '')}
      />
      <TextField
        label={t('partners.fields.website')}
        name="website"
        type="url"
        inputMode="url"
        description={t('partners.fields.websiteHint')}
        value={values.website}
        error={errors.website}
        onChange={(event) => set('website', event.target.value)}
      />
      <TextField
        label={t('partners.fields.email')}
        name="email"
        type="email"
        autoComplete="email"
        value={values.email}
        error={errors.email}
        onChange={(event) => set('email', event.target.value)}
      />
      <TextAreaField
        label={t('partners.fields.description')}
        name="description"
        value={values.description}
        error={errors.description}
        onChange={(event) => set('description', event.target.value)}
      />
      <CheckboxField
        label={t('partners.fields.active')}
        name="active"
        checked={values.active}
        error={errors.active}
        onChange={(event) => set('active', event.target.checked)}
      />
      <div className="button-row">
        <Button type="submit" appearance="primary" disabled={submitting} busy={submitting}>
          {submitting ? t('common.saving') : t('common.save')}
        </Button>
        <ButtonLink to="/partners" appearance="subtle">
          {t('common.cancel')}
        </ButtonLink>
      </div>
    </form>
  );
}
