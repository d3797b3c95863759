// The public registration form: company, KvK number (optional), name, email and consent. The
// field "website" is a honeypot: hidden from people (and from assistive technology), so only a
// robot fills it in.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { CheckboxField, TextField } from '@/components/form/fields';
import { focusFirstInvalid, serverFieldErrors, type FieldErrors } from '@/components/form/form-errors';
import { ProblemAlert } from '@/components/problem-alert';
import type { PublicRegistrationRequest } from '@/features/public-events/api/types';
import { TooManyRequests } from '@/features/public-events/api/register-publicly';

const FIELDS = ['companyName', 'kvkNumber', 'name', 'email', 'consent'] as const;
type Field = (typeof FIELDS)[number];

interface RegistrationFormProps {
  full: boolean;
  submitting: boolean;
  error: unknown;
  onSubmit: (request: PublicRegistrationRequest) => void;
}

export function RegistrationForm({ full, submitting, error, onSubmit }: RegistrationFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({ companyName: '', kvkNumber: '', name: '', email: '', website: '' });
  const [consent, setConsent] = useState(false);
  const [clientErrors, setClientErrors] = useState<FieldErrors<Field>>({});
  const errors: FieldErrors<Field> = { ...serverFieldErrors(error, FIELDS), ...clientErrors };

  useEffect(() => {
    if (error) focusFirstInvalid(formRef.current);
  }, [error]);

  const set = (field: keyof typeof values, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setClientErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {};
    if (!values.companyName.trim()) found.companyName = t('common.requiredField');
    if (values.kvkNumber.trim() && !/^\d{8}$/.test(values.kvkNumber.trim())) found.kvkNumber = t('publicEvents.form.kvkInvalid');
    if (!values.name.trim()) found.name = t('common.requiredField');
    if (!values.email.trim()) found.email = t('common.requiredField');
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) found.email = t('publicEvents.form.emailInvalid');
    if (!consent) found.consent = t('publicEvents.form.consentRequired');
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      return;
    }
    onSubmit({
      companyName: values.companyName.trim(),
      kvkNumber: values.kvkNumber.trim() || undefined,
      name: values.name.trim(),
      email: values.email.trim(),
      consent,
      website: values.website,
    });
  };

  const tooMany = error instanceof TooManyRequests;
  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit} aria-labelledby="registration-title">
      <h2 id="registration-title" className="utrecht-heading-2">
        {t('publicEvents.form.title')}
      </h2>
      <p>{t('publicEvents.form.intro')}</p>
      {full && <p className="utrecht-alert utrecht-alert--warning">{t('publicEvents.form.fullNotice')}</p>}
      {tooMany ? (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <div className="utrecht-alert__content">
            <p className="utrecht-alert__message">
              {error.retryAfter !== undefined
                ? t('publicEvents.form.tooMany', { seconds: error.retryAfter })
                : t('publicEvents.form.tooManySoon')}
            </p>
          </div>
        </div>
      ) : (
        <ProblemAlert error={error} />
      )}
      <TextField
        label={t('publicEvents.form.companyName')}
        name="companyName"
        required
        autoComplete="organization"
        maxLength={200}
        value={values.companyName}
        error={errors.companyName}
        onChange={(event) => set('companyName', event.target.value)}
      />
      <TextField
        label={t('publicEvents.form.kvkNumber')}
        name="kvkNumber"
        description={t('publicEvents.form.kvkHint')}
        inputMode="numeric"
        maxLength={8}
        value={values.kvkNumber}
        error={errors.kvkNumber}
        onChange={(event) => set('kvkNumber', event.target.value)}
      />
      <TextField
        label={t('publicEvents.form.name')}
        name="name"
        required
        autoComplete="name"
        maxLength={200}
        value={values.name}
        error={errors.name}
        onChange={(event) => set('name', event.target.value)}
      />
      <TextField
        label={t('publicEvents.form.email')}
        name="email"
        type="email"
        required
        autoComplete="email"
        description={t('publicEvents.form.emailHint')}
        maxLength={200}
        value={values.email}
        error={errors.email}
        onChange={(event) => set('email', event.target.value)}
      />
      <div className="honeypot visually-hidden" aria-hidden="true">
        <label htmlFor="registration-website">{t('publicEvents.form.honeypot')}</label>
        <input
          id="registration-website"
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          value={values.website}
          onChange={(event) => set('website', event.target.value)}
        />
      </div>
      <CheckboxField
        label={t('publicEvents.form.consent')}
        name="consent"
        required
        checked={consent}
        error={errors.consent}
        onChange={(event) => {
          setConsent(event.target.checked);
          setClientErrors((current) => ({ ...current, consent: undefined }));
        }}
      />
      <div className="button-row">
        <Button type="submit" appearance="primary" disabled={submitting} busy={submitting}>
          {submitting ? t('publicEvents.form.submitting') : t('publicEvents.form.submit')}
        </Button>
      </div>
    </form>
  );
}
