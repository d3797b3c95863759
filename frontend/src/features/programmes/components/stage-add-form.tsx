// Adds a stage at the end of the funnel. People name it; the code (the stable key partner systems
// see) is derived from the name, never asked for.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { TextField } from '@/components/form/fields';
import { focusFirstInvalid, type FieldErrors } from '@/components/form/form-errors';
import { ProblemAlert } from '@/components/problem-alert';
import type { StageRequest } from '@/features/programmes/api/types';
import { describeFieldErrors } from '@/lib/problem-text';

const FIELDS = ['name'] as const;

/** "Kennis gemaakt (1e gesprek)" → "kennis-gemaakt-1e-gesprek": lower-case letters, digits and dashes, from a letter. */
export function stageCodeOf(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return (/^[a-z]/.test(slug) ? slug : `fase-${slug}`).slice(0, 40).replace(/-+$/, '');
}

interface StageAddFormProps {
  saving: boolean;
  error: unknown;
  onSubmit: (request: StageRequest, reset: () => void) => void;
}

export function StageAddForm({ saving, error, onSubmit }: StageAddFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors<(typeof FIELDS)[number]>>({});
  const errors = { ...describeFieldErrors(t, error, FIELDS), ...clientErrors };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: typeof clientErrors = {};
    if (!name.trim()) found.name = t('common.requiredField');
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      return;
    }
    onSubmit({ code: stageCodeOf(name), name: name.trim() }, () => setName(''));
  };

  return (
    <form ref={formRef} className="form form--compact" noValidate onSubmit={submit} aria-labelledby="stage-add-title">
      <h3 id="stage-add-title" className="utrecht-heading-3">
        {t('stages.addTitle')}
      </h3>
      <ProblemAlert error={error} />
      <div className="field-row">
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
