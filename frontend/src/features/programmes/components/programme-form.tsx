// Create and edit form for a programme: name, description, themes, period.
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink } from '@/components/button';
import { CheckboxGroup, TextAreaField, TextField } from '@/components/form/fields';
import type { FieldErrors } from '@/components/form/form-errors';
import { useFormState } from '@/components/form/use-form-state';
import { ProblemAlert } from '@/components/problem-alert';
import { THEMES, type Theme } from '@/shared/enums';
import type { Programme, ProgrammeRequest } from '@/features/programmes/api/types';

const FIELDS = ['name', 'description', 'themes', 'startDate', 'endDate'] as const;
type Field = (typeof FIELDS)[number];

interface Values {
  name: string;
  description: string;
  themes: Theme[];
  startDate: string;
  endDate: string;
}

function toValues(programme?: Programme): Values {
  return {
    name: programme?.name ?? '',
    description: programme?.description ?? '',
    themes: programme?.themes ?? [],
    startDate: programme?.startDate ?? '',
    endDate: programme?.endDate ?? '',
  };
}

interface ProgrammeFormProps {
  programme?: Programme;
  submitting: boolean;
  error: unknown;
  cancelTo: string;
  onSubmit: (request: ProgrammeRequest) => void;
  onReload?: () => void;
}

export function ProgrammeForm({ programme, submitting, error, cancelTo, onSubmit, onReload }: ProgrammeFormProps) {
  const { t } = useTranslation();
  const { formRef, values, set, errors, handleSubmit } = useFormState({
    initial: () => toValues(programme),
    fields: FIELDS,
    serverError: error,
    validate: (current: Values) => {
      const found: FieldErrors<Field> = {};
      if (!current.name.trim()) found.name = t('common.requiredField');
      if (!current.startDate) found.startDate = t('common.requiredField');
      if (current.startDate && current.endDate && current.endDate < current.startDate) found.endDate = t('common.endBeforeStart');
      return found;
    },
    onValid: (current) =>
      onSubmit({
        name: current.name.trim(),
        description: current.description.trim() || undefined,
        themes: current.themes,
        startDate: current.startDate,
        endDate: current.endDate || undefined,
      }),
  });

  return (
    <form ref={formRef} noValidate onSubmit={handleSubmit} className="form">
      <ProblemAlert error={error} onReload={onReload} />
      <TextField
        label={t('programmes.fields.name')}
        name="name"
        required
        value={values.name}
        error={errors.name}
        onChange={(event) => set('name', event.target.value)}
      />
      <TextAreaField
        label={t('programmes.fields.description')}
        name="description"
        value={values.description}
        error={errors.description}
        onChange={(event) => set('description', event.target.value)}
      />
      <CheckboxGroup
        legend={t('programmes.fields.themes')}
        name="themes"
        options={THEMES.map((theme) => ({ value: theme, label: t(`programmes.theme.${theme}`) }))}
        value={values.themes}
        error={errors.themes}
        onChange={(themes) => set('themes', themes as Theme[])}
      />
      <div className="field-row">
        <TextField
          label={t('programmes.fields.startDate')}
          name="startDate"
          type="date"
          required
          value={values.startDate}
          error={errors.startDate}
          onChange={(event) => set('startDate', event.target.value)}
        />
        <TextField
          label={t('programmes.fields.endDate')}
          name="endDate"
          type="date"
          description={t('programmes.fields.endDateHint')}
          min={values.startDate || undefined}
          value={values.endDate}
          error={errors.endDate}
          onChange={(event) => set('endDate', event.target.value)}
        />
      </div>
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
