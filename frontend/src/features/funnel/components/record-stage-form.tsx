// Record by hand that the company reached a stage: programme, stage, date (and, for admin and
// staff, the partner to credit; a partner user always credits its own organisation).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { SelectField, TextField } from '@/components/form/fields';
import { focusFirstInvalid, serverFieldErrors, type FieldErrors } from '@/components/form/form-errors';
import { ProblemAlert } from '@/components/problem-alert';
import { dayToTimestamp } from '@/lib/dates';
import { usePartnerDirectory } from '@/lib/reference/partners';
import { useFunnelStages, useProgrammeDirectory } from '@/lib/reference/programmes';
import { useStageLabel } from '@/lib/stage-label';
import type { StageRecordRequest } from '@/features/funnel/api/types';

const FIELDS = ['programmeId', 'stageId', 'reachedAt', 'creditedPartnerId'] as const;
type Field = (typeof FIELDS)[number];

interface RecordStageFormProps {
  companyId: number;
  actsForNetwork: boolean;
  saving: boolean;
  error: unknown;
  onSubmit: (request: StageRecordRequest, stageName: string) => void;
  onCancel: () => void;
}

export function RecordStageForm({ companyId, actsForNetwork, saving, error, onSubmit, onCancel }: RecordStageFormProps) {
  const { t } = useTranslation();
  const stageLabel = useStageLabel();
  const formRef = useRef<HTMLFormElement>(null);
  const { programmes } = useProgrammeDirectory();
  const { partners } = usePartnerDirectory();
  const [programmeId, setProgrammeId] = useState('');
  const [stageId, setStageId] = useState('');
  const [reachedOn, setReachedOn] = useState('');
  const [creditedPartnerId, setCreditedPartnerId] = useState('');
  const stages = useFunnelStages(programmeId ? Number(programmeId) : undefined);
  const [clientErrors, setClientErrors] = useState<FieldErrors<Field>>({});
  const errors: FieldErrors<Field> = { ...serverFieldErrors(error, FIELDS), ...clientErrors };

  useEffect(() => {
    if (error) focusFirstInvalid(formRef.current);
  }, [error]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {};
    if (!programmeId) found.programmeId = t('common.requiredField');
    if (!stageId) found.stageId = t('common.requiredField');
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      return;
    }
    const stage = stages.data?.find((candidate) => candidate.id === Number(stageId));
    onSubmit(
      {
        companyId,
        programmeId: Number(programmeId),
        stageId: Number(stageId),
        reachedAt: reachedOn ? dayToTimestamp(reachedOn) : undefined,
        creditedPartnerId: actsForNetwork && creditedPartnerId ? Number(creditedPartnerId) : undefined,
      },
      stage ? stageLabel(stage) : '',
    );
  };

  return (
    <form ref={formRef} className="form form--compact" noValidate onSubmit={submit}>
      <ProblemAlert error={error} />
      <div className="field-row">
        <SelectField
          label={t('funnel.fields.programme')}
          name="programmeId"
          required
          placeholder={t('funnel.fields.programmePlaceholder')}
          options={programmes.map((programme) => ({ value: String(programme.id), label: programme.name }))}
          value={programmeId}
          error={errors.programmeId}
          onChange={(event) => {
            setProgrammeId(event.target.value);
            setStageId('');
            setClientErrors({});
          }}
        />
        <SelectField
          label={t('funnel.fields.stage')}
          name="stageId"
          required
          disabled={!programmeId}
          placeholder={t('funnel.fields.stagePlaceholder')}
          options={(stages.data ?? []).map((stage) => ({ value: String(stage.id), label: stageLabel(stage) }))}
          value={stageId}
          error={errors.stageId}
          onChange={(event) => {
            setStageId(event.target.value);
            setClientErrors((current) => ({ ...current, stageId: undefined }));
          }}
        />
        <TextField
          label={t('funnel.fields.reachedOn')}
          description={t('funnel.fields.reachedOnHint')}
          name="reachedOn"
          type="date"
          value={reachedOn}
          error={errors.reachedAt}
          onChange={(event) => setReachedOn(event.target.value)}
        />
      </div>
      {actsForNetwork && (
        <SelectField
          label={t('funnel.fields.creditedPartner')}
          name="creditedPartnerId"
          placeholder={t('funnel.fields.creditedPartnerPlaceholder')}
          options={partners.map((partner) => ({ value: String(partner.id), label: partner.name }))}
          value={creditedPartnerId}
          error={errors.creditedPartnerId}
          onChange={(event) => setCreditedPartnerId(event.target.value)}
        />
      )}
      <div className="button-row">
        <Button type="submit" appearance="primary" disabled={saving} busy={saving}>
          {t('funnel.record')}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
