// The public registration form: company, KvK number (optional), name, email and consent. The
// field "website" is a honeypot: hidden from people (and from assistive technology), so only a
// robot fills it in.
import { useTranslation } from 'react-i18next';
import { config } from '@/config';
import { Button } from '@/components/button';
import { CheckboxField, TextField } from '@/components/form/fields';
import type { FieldErrors } from '@/components/form/form-errors';
import { useFormState } from '@/components/form/use-form-state';
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
  const { formRef, values, set, errors, handleSubmit } = useFormState({
    initial: { companyName: '', kvkNumber: '', name: '', email: '', website: '', consent: false },
    fields: FIELDS,
    serverError: error,
    validate: (current) => {
      const found: FieldErrors<Field> = {};
      if (!current.companyName.trim()) found.companyName = t('common.requiredField');
      if (current.kvkNumber.trim() && !/^\d{8}$/.test(current.kvkNumber.trim())) found.kvkNumber = t('publicEvents.form.kvkInvalid');
      if (!current.name.trim()) found.name = t('common.requiredField');
      if (!current.email.trim()) found.email = t('common.requiredField');
      else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(current.email.trim())) found.email = t('publicEvents.form.emailInvalid');
      if (!current.consent) found.consent = t('publicEvents.form.consentRequired');
      return found;
    },
    onValid: (current) =>
      onSubmit({
        companyName: current.companyName.trim(),
        kvkNumber: current.kvkNumber.trim() || undefined,
        name: current.name.trim(),
        email: current.email.trim(),
        consent: current.consent,
        website: current.website,
      }),
  });

  const tooMany = error instanceof TooManyRequests;
  return (
    <form ref={formRef} className="form" noValidate onSubmit={handleSubmit} aria-labelledby="registration-title">
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
        checked={values.consent}
        error={errors.consent}
        onChange={(event) => set('consent', event.target.checked)}
      />
      {config.organisation.privacyUrl && (
        <p className="consent-privacy">
          {t('publicEvents.form.privacyIntro')}{' '}
          <a className="utrecht-link" href={config.organisation.privacyUrl}>
            {t('publicEvents.privacy')}
          </a>
        </p>
      )}
      <div className="button-row">
        <Button type="submit" appearance="primary" disabled={submitting} busy={submitting}>
          {submitting ? t('publicEvents.form.submitting') : t('publicEvents.form.submit')}
        </Button>
      </div>
    </form>
  );
}
