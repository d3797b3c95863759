// Add or edit a contact person, with the consent they gave (purpose, source, date) and the
// partners they consented to be shared with. A person stays at their company: the form has no
// company to choose, and an edit sends the person's own company.
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { CheckboxGroup, TextField } from '@/components/form/fields';
import type { FieldErrors } from '@/components/form/form-errors';
import { useFormState } from '@/components/form/use-form-state';
import { ProblemAlert } from '@/components/problem-alert';
import { useActingPartner } from '@/shared/authorization';
import { dayToTimestamp, timestampToDay } from '@/lib/dates';
import { usePartnerDirectory } from '@/shared/reference/partners';
import type { Contact, ContactRequest } from '@/features/contacts/api/types';

const TEXT_FIELDS = ['name', 'email', 'phone', 'jobTitle', 'consentPurpose', 'consentSource', 'consentGivenAt'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
const FIELDS = [...TEXT_FIELDS, 'sharedWithPartnerIds'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<TextField, string> & { sharedWithPartnerIds: string[] };

function toValues(contact?: Contact): Values {
  return {
    name: contact?.name ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    jobTitle: contact?.jobTitle ?? '',
    consentPurpose: contact?.consentPurpose ?? '',
    consentSource: contact?.consentSource ?? '',
    consentGivenAt: timestampToDay(contact?.consentGivenAt),
    sharedWithPartnerIds: (contact?.sharedWithPartnerIds ?? []).map(String),
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
    // an update replaces the list as a whole: always sent, empty when shared with nobody
    sharedWithPartnerIds: values.sharedWithPartnerIds.map(Number),
  };
}

type Translate = (key: 'common.requiredField' | 'contacts.sharing.needsConsent') => string;

export function validateContact(values: Values, t: Translate): FieldErrors<Field> {
  const found: FieldErrors<Field> = {};
  if (!values.name.trim()) found.name = t('common.requiredField');
  // sharing is part of the person's consent: it needs what the consent is for and where it was given
  if (values.sharedWithPartnerIds.length > 0 && (!values.consentPurpose.trim() || !values.consentSource.trim())) {
    found.sharedWithPartnerIds = t('contacts.sharing.needsConsent');
  }
  return found;
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
  const { ownPartnerId } = useActingPartner();
  const { partners } = usePartnerDirectory();
  const { formRef, values, set, errors, handleSubmit } = useFormState({
    initial: () => toValues(contact),
    fields: FIELDS,
    serverError: error,
    validate: (current: Values) => validateContact(current, (key) => t(key)),
    onValid: (current) => onSubmit(toRequest(contact?.companyId ?? companyId, current)),
  });
  // the user's own partner sees the person anyway; a partner that left stays listed while chosen
  const shareable = partners
    .filter((partner) => partner.id !== ownPartnerId)
    .filter((partner) => partner.active || values.sharedWithPartnerIds.includes(String(partner.id)))
    .map((partner) => ({ value: String(partner.id), label: partner.name }));

  const field = (name: TextField, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
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
        {shareable.length > 0 && (
          <CheckboxGroup
            legend={t('contacts.sharing.legend')}
            name="sharedWithPartnerIds"
            description={t('contacts.sharing.hint')}
            options={shareable}
            value={values.sharedWithPartnerIds}
            error={errors.sharedWithPartnerIds}
            onChange={(ids) => set('sharedWithPartnerIds', ids)}
          />
        )}
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
