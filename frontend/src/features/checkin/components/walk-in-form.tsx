// Admit someone who did not register: name and company (KvK number and email if known).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { TextField } from '@/components/form/fields';
import { serverFieldErrors, type FieldErrors } from '@/components/form/form-errors';
import { ProblemAlert } from '@/components/problem-alert';
import type { WalkInRequest } from '@/features/checkin/api/types';

const FIELDS = ['name', 'companyName', 'kvkNumber', 'email'] as const;
type Field = (typeof FIELDS)[number];

interface WalkInFormProps {
  offline: boolean;
  saving: boolean;
  error: unknown;
  onSubmit: (request: Omit<WalkInRequest, 'device'>, reset: () => void) => void;
}

export function WalkInForm({ offline, saving, error, onSubmit }: WalkInFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ name: '', companyName: '', kvkNumber: '', email: '' });
  const [clientErrors, setClientErrors] = useState<FieldErrors<Field>>({});
  const errors = { ...serverFieldErrors(error, FIELDS), ...clientErrors };
  const set = (field: Field, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setClientErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {};
    if (!values.name.trim()) found.name = t('common.requiredField');
    if (!values.companyName.trim()) found.companyName = t('common.requiredField');
    if (values.kvkNumber.trim() && !/^\d{8}$/.test(values.kvkNumber.trim())) found.kvkNumber = t('checkin.walkIn.kvkInvalid');
    setClientErrors(found);
    if (Object.keys(found).length > 0) return;
    onSubmit(
      {
        name: values.name.trim(),
        companyName: values.companyName.trim(),
        kvkNumber: values.kvkNumber.trim() || undefined,
        email: values.email.trim() || undefined,
        clientId: crypto.randomUUID(),
      },
      () => setValues({ name: '', companyName: '', kvkNumber: '', email: '' }),
    );
  };

  if (offline) return <p>{t('checkin.walkIn.offline')}</p>;
  return (
    <form className="form form--compact" noValidate onSubmit={submit}>
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
      <Button type="submit" appearance="primary" disabled={saving} busy={saving}>
        {t('checkin.walkIn.submit')}
      </Button>
    </form>
  );
}
