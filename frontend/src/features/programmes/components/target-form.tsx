// Add or edit a target: name, stage, number of companies, deadline.
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { SelectField, TextField } from '@/components/form/fields';
import type { FieldErrors } from '@/components/form/form-errors';
import { useFormState } from '@/components/form/use-form-state';
import { ProblemAlert } from '@/components/problem-alert';
import type { Stage, Target, TargetRequest } from '@/features/programmes/api/types';
import { useStageLabel } from '@/shared/stage-label';

const FIELDS = ['name', 'stageId', 'targetCount', 'deadline'] as const;
type Field = (typeof FIELDS)[number];

interface TargetFormProps {
  target?: Target;
  stages: Stage[];
  saving: boolean;
  error: unknown;
  onSubmit: (request: TargetRequest) => void;
  onCancel?: () => void;
  onReload?: () => void;
}

export function TargetForm({ target, stages, saving, error, onSubmit, onCancel, onReload }: TargetFormProps) {
  const { t } = useTranslation();
  const stageLabel = useStageLabel();
  const { formRef, values, set, errors, handleSubmit } = useFormState({
    initial: (): Record<Field, string> => ({
      name: target?.name ?? '',
      stageId: target?.stageId != null ? String(target.stageId) : '',
      targetCount: target ? String(target.targetCount) : '',
      deadline: target?.deadline ?? '',
    }),
    fields: FIELDS,
    serverError: error,
    validate: ({ name, stageId, targetCount, deadline }) => {
      const found: FieldErrors<Field> = {};
      const count = Number(targetCount);
      if (!name.trim()) found.name = t('common.requiredField');
      if (!stageId) found.stageId = t('common.requiredField');
      if (!targetCount) found.targetCount = t('common.requiredField');
      else if (!Number.isInteger(count) || count < 1) found.targetCount = t('common.invalidNumber');
      if (!deadline) found.deadline = t('common.requiredField');
      return found;
    },
    onValid: ({ name, stageId, targetCount, deadline }) =>
      onSubmit({ name: name.trim(), stageId: Number(stageId), targetCount: Number(targetCount), deadline }),
  });

  return (
    <form ref={formRef} className="form form--compact" noValidate onSubmit={handleSubmit}>
      <ProblemAlert error={error} onReload={onReload} />
      <TextField
        label={t('targets.fields.name')}
        name="name"
        required
        value={values.name}
        error={errors.name}
        onChange={(event) => set('name', event.target.value)}
      />
      <div className="field-row">
        <SelectField
          label={t('targets.fields.stage')}
          name="stageId"
          required
          placeholder={t('targets.fields.stagePlaceholder')}
          options={stages.map((stage) => ({ value: String(stage.id), label: stageLabel(stage) }))}
          value={values.stageId}
          error={errors.stageId}
          onChange={(event) => set('stageId', event.target.value)}
        />
        <TextField
          label={t('targets.fields.targetCount')}
          name="targetCount"
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          required
          className="utrecht-textbox--numeric"
          value={values.targetCount}
          error={errors.targetCount}
          onChange={(event) => set('targetCount', event.target.value)}
        />
        <TextField
          label={t('targets.fields.deadline')}
          name="deadline"
          type="date"
          required
          value={values.deadline}
          error={errors.deadline}
          onChange={(event) => set('deadline', event.target.value)}
        />
      </div>
      <div className="button-row">
        <Button type="submit" appearance="primary" disabled={saving} busy={saving}>
          {target ? t('common.save') : t('targets.add')}
        </Button>
        {onCancel && (
          <Button appearance="subtle" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
