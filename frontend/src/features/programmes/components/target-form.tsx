// Add or edit a target: name, stage, number of companies, deadline.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { SelectField, TextField } from '@/components/form/fields';
import { focusFirstInvalid, serverFieldErrors, type FieldErrors } from '@/components/form/form-errors';
import { ProblemAlert } from '@/components/problem-alert';
import type { Stage, Target, TargetRequest } from '@/features/programmes/api/types';
import { useStageLabel } from '@/lib/stage-label';

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
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState(target?.name ?? '');
  const [stageId, setStageId] = useState(target?.stageId != null ? String(target.stageId) : '');
  const [targetCount, setTargetCount] = useState(target ? String(target.targetCount) : '');
  const [deadline, setDeadline] = useState(target?.deadline ?? '');
  const [clientErrors, setClientErrors] = useState<FieldErrors<Field>>({});
  const errors = { ...serverFieldErrors(error, FIELDS), ...clientErrors };

  useEffect(() => {
    if (error) focusFirstInvalid(formRef.current);
  }, [error]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {};
    const count = Number(targetCount);
    if (!name.trim()) found.name = t('common.requiredField');
    if (!stageId) found.stageId = t('common.requiredField');
    if (!targetCount) found.targetCount = t('common.requiredField');
    else if (!Number.isInteger(count) || count < 1) found.targetCount = t('common.invalidNumber');
    if (!deadline) found.deadline = t('common.requiredField');
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      return;
    }
    onSubmit({ name: name.trim(), stageId: Number(stageId), targetCount: count, deadline });
  };

  const clear = (field: Field) => setClientErrors((current) => ({ ...current, [field]: undefined }));

  return (
    <form ref={formRef} className="form form--compact" noValidate onSubmit={submit}>
      <ProblemAlert error={error} onReload={onReload} />
      <TextField
        label={t('targets.fields.name')}
        name="name"
        required
        value={name}
        error={errors.name}
        onChange={(event) => {
          setName(event.target.value);
          clear('name');
        }}
      />
      <div className="field-row">
        <SelectField
          label={t('targets.fields.stage')}
          name="stageId"
          required
          placeholder={t('targets.fields.stagePlaceholder')}
          options={stages.map((stage) => ({ value: String(stage.id), label: stageLabel(stage) }))}
          value={stageId}
          error={errors.stageId}
          onChange={(event) => {
            setStageId(event.target.value);
            clear('stageId');
          }}
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
          value={targetCount}
          error={errors.targetCount}
          onChange={(event) => {
            setTargetCount(event.target.value);
            clear('targetCount');
          }}
        />
        <TextField
          label={t('targets.fields.deadline')}
          name="deadline"
          type="date"
          required
          value={deadline}
          error={errors.deadline}
          onChange={(event) => {
            setDeadline(event.target.value);
            clear('deadline');
          }}
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
