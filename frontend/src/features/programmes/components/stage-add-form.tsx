// Adds a stage at the end of the funnel.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { TextField } from '@/components/form/fields';
import { focusFirstInvalid, serverFieldErrors, type FieldErrors } from '@/components/form/form-errors';
import { ProblemAlert } from '@/components/problem-alert';
import type { StageRequest } from '@/features/programmes/api/types';

const FIELDS = ['code', 'name'] as const;

interface StageAddFormProps {
  saving: boolean;
  error: unknown;
  onSubmit: (request: StageRequest, reset: () => void) => void;
}

export function StageAddForm({ saving, error, onSubmit }: StageAddFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors<(typeof FIELDS)[number]>>({});
  const errors = { ...serverFieldErrors(t, error, FIELDS), ...clientErrors };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: typeof clientErrors = {};
    if (!code.trim()) found.code = t('common.requiredField');
    if (!name.trim()) found.name = t('common.requiredField');
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      return;
    }
    onSubmit({ code: code.trim(), name: name.trim() }, () => {
      setCode('');
      setName('');
    });
  };

  return (
    <form ref={formRef} className="form form--compact" noValidate onSubmit={submit} aria-labelledby="stage-add-title">
      <h3 id="stage-add-title" className="utrecht-heading-3">
        {t('stages.addTitle')}
      </h3>
      <ProblemAlert error={error} />
      <div className="field-row">
        <TextField
          label={t('stages.code')}
          name="code"
          required
          description={t('stages.codeHint')}
          value={code}
          error={errors.code}
          onChange={(event) => setCode(event.target.value)}
        />
        <TextField
          label={t('stages.name')}
          name="name"
          required
          value={name}
          error={errors.name}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <Button type="submit" appearance="primary" disabled={saving} busy={saving}>
        {t('stages.add')}
      </Button>
    </form>
  );
}
