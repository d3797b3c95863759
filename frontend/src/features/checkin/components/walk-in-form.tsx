// Admit someone who did not register: name and company (KvK number and email if known), and
// their consent to keep these details, asked as the public registration form asks it.
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { CheckboxField, TextField } from '@/components/form/fields';
import type { FieldErrors } from '@/components/form/form-errors';
import { useFormState } from '@/components/form/use-form-state';
import { ProblemAlert } from '@/components/problem-alert';
import type { WalkInRequest } from '@/features/checkin/api/types';

const FIELDS = ['name', 'companyName', 'kvkNumber', 'email', 'consent'] as const;
type Field = (typeof FIELDS)[number];

interface WalkInFormProps {
  offline: boolean;
  saving: boolean;
  error: unknown;
  onSubmit: (request: Omit<WalkInRequest, 'device'>, reset: () => void) => void;
}

export function WalkInForm({ offline, saving, error, onSubmit }: WalkInFormProps) {
  const { t } = useTranslation();
  // formRef is left off the <form>: this form has never moved focus on errors, and still does not.
  const { values, set, reset, errors, handleSubmit } = useFormState({
    initial: { name: '', companyName: '', kvkNumber: '', email: '', consent: false },
    fields: FIELDS,
    serverError: error,
    validate: (current) => {
      const found: FieldErrors<Field> = {};
      if (!current.name.trim()) found.name = t('common.requiredField');
      if (!current.companyName.trim()) found.companyName = t('common.requiredField');
      if (current.kvkNumber.trim() && !/^\d{8}$/.test(current.kvkNumber.trim())) found.kvkNumber = t('checkin.walkIn.kvkInvalid');
      if (!current.consent) found.consent = t('checkin.walkIn.consentRequired');
      return found;
    },
    onValid: (current) =>
      onSubmit(
        {
          name: current.name.trim(),
          companyName: current.companyName.trim(),
          kvkNumber: current.kvkNumber.trim() || undefined,
          email: current.email.trim() || undefined,
          clientId: crypto.randomUUID(),
          consent: current.consent,
        },
        reset,
      ),
  });

  if (offline) return <p>{t('checkin.walkIn.offline')}</p>;
  return (
    <form className="form form--compact" noValidate onSubmit={handleSubmit}>
      <ProblemAlert error={error} />
      <TextField label={t('checkin.walkIn.name')} name="name" required autoComplete="off" value={values.name} error={errors.name} onChange={(event) => set('name', event.target.value)} />
      <TextField
        label={t('checkin.walkIn.companyName')}
        name="companyName"
        required
        autoComplete="off"
        value={values.companyName}
        error={errors.companyName}
        onChange={(event) => set('companyName', event.target.value)}
      />
      <TextField
        label={t('checkin.walkIn.kvkNumber')}
        name="kvkNumber"
        inputMode="numeric"
        autoComplete="off"
        value={values.kvkNumber}
        error={errors.kvkNumber}
        onChange={(event) => set('kvkNumber', event.target.value)}
      />
      <TextField
        label={t('checkin.walkIn.email')}
        name="email"
        type="email"
        autoComplete="off"
        value={values.email}
        error={errors.email}
        onChange={(event) => set('email', event.target.value)}
      />
      <CheckboxField
        label={t('checkin.walkIn.consent')}
        name="consent"
        required
        checked={values.consent}
        error={errors.consent}
        onChange={(event) => set('consent', event.target.checked)}
      />
      <Button type="submit" appearance="primary" disabled={saving} busy={saving}>
        {t('checkin.walkIn.submit')}
      </Button>
    </form>
  );
}
