// Add or edit a contact person, with the consent they gave (purpose, source, date).
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { TextField } from '@/components/form/fields';
import { useFormState } from '@/components/form/use-form-state';
import { ProblemAlert } from '@/components/problem-alert';
import { dayToTimestamp, timestampToDay } from '@/lib/dates';
import type { Contact, ContactRequest } from '@/features/contacts/api/types';

const FIELDS = ['name', 'email', 'phone', 'jobTitle', 'consentPurpose', 'consentSource', 'consentGivenAt'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

function toValues(contact?: Contact): Values {
  return {
    name: contact?.name ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    jobTitle: contact?.jobTitle ?? '',
    consentPurpose: contact?.consentPurpose ?? '',
    consentSource: contact?.consentSource ?? '',
    consentGivenAt: timestampToDay(contact?.consentGivenAt),
  };
}

function toRequest(companyId: number, values: Values): ContactRequest {
  const optional = (value: string) => value.trim() || undefined;
  return {
    companyId,
    name: values.name.trim(),
    email: optional(values.email),
    phone: optional(values.phone),
    jobTitle: optional(values.jobTitle),
    consentPurpose: optional(values.consentPurpose),
    consentSource: optional(values.consentSource),
    consentGivenAt: values.consentGivenAt ? dayToTimestamp(values.consentGivenAt) : undefined,
  };
}

interface ContactFormProps {
  companyId: number;
  contact?: Contact;
  saving: boolean;
  error: unknown;
  onSubmit: (request: ContactRequest) => void;
  onCancel: () => void;
  /** Offered after a 412: load the latest version of the person. */
  onReload?: () => void;
}

export function ContactForm({ companyId, contact, saving, error, onSubmit, onCancel, onReload }: ContactFormProps) {
  const { t } = useTranslation();
  const { formRef, values, set, errors, handleSubmit } = useFormState({
    initial: () => toValues(contact),
    fields: FIELDS,
    serverError: error,
    validate: (current: Values) => (current.name.trim() ? {} : { name: t('common.requiredField') }),
    onValid: (current) => onSubmit(toRequest(companyId, current)),
  });

  const field = (name: Field, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      label={t(`contacts.fields.${name}`)}
      name={name}
      value={values[name]}
      error={errors[name]}
      onChange={(event) => set(name, event.target.value)}
      {...extra}
    />
  );

  return (
    <form ref={formRef} className="form form--compact" noValidate onSubmit={handleSubmit}>
      <ProblemAlert error={error} onReload={onReload} />
      <div className="field-row">
        {field('name', { required: true, autoComplete: 'off' })}
        {field('jobTitle', { autoComplete: 'off' })}
      </div>
      <div className="field-row">
        {field('email', { type: 'email', autoComplete: 'off' })}
        {field('phone', { type: 'tel', autoComplete: 'off' })}
      </div>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {t('contacts.fields.consent')}
        </legend>
        {field('consentPurpose', { description: t('contacts.fields.consentPurposeHint') })}
        <div className="field-row">
          {field('consentSource', { description: t('contacts.fields.consentSourceHint') })}
          {field('consentGivenAt', { type: 'date' })}
        </div>
      </fieldset>
      <div className="button-row">
        <Button type="submit" appearance="primary" disabled={saving} busy={saving}>
          {contact ? t('common.save') : t('contacts.add')}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
