// Record by hand that the company reached a stage: programme, stage, date, and its basis ("grond").
// A partner user credits its own organisation only, and only through a basis it owns: one of its
// activities at this company, or a check-in at an event it organises; it must choose one. Admin
// and staff choose the partner to credit and may name a basis or leave it manual.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { SelectField, TextField, type OptionGroup } from '@/components/form/fields';
import { focusFirstInvalid, type FieldErrors } from '@/components/form/form-errors';
import { ProblemAlert } from '@/components/problem-alert';
import { dayToTimestamp } from '@/lib/dates';
import { useFormat } from '@/lib/format';
import { isApiProblem } from '@/lib/problem';
import { usePartnerDirectory } from '@/shared/reference/partners';
import { useFunnelStages, useProgrammeDirectory } from '@/shared/reference/programmes';
import { useStageLabel } from '@/shared/stage-label';
import { useCreditSources } from '@/features/funnel/api/get-credit-sources';
import type { StageRecordRequest } from '@/features/funnel/api/types';
import { describeFieldErrors } from '@/lib/problem-text';

const FIELDS = ['programmeId', 'stageId', 'reachedAt', 'creditedPartnerId', 'source', 'sourceId'] as const;
type Field = (typeof FIELDS)[number];

/** The basis as one select value: "ACTIVITY:12" or "EVENT_ATTENDANCE:34". */
type Basis = `${'ACTIVITY' | 'EVENT_ATTENDANCE'}:${number}`;

function readBasis(value: string): Pick<StageRecordRequest, 'source' | 'sourceId'> {
  const [source, id] = value.split(':');
  if ((source === 'ACTIVITY' || source === 'EVENT_ATTENDANCE') && Number(id) > 0) return { source, sourceId: Number(id) };
  return {};
}

interface RecordStageFormProps {
  companyId: number;
  actsForNetwork: boolean;
  /** A partner user's own partner; it is credited, through a basis of its own. */
  ownPartnerId?: number;
  saving: boolean;
  error: unknown;
  onSubmit: (request: StageRecordRequest, stageName: string) => void;
  onCancel: () => void;
}

export function RecordStageForm({ companyId, actsForNetwork, ownPartnerId, saving, error, onSubmit, onCancel }: RecordStageFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const stageLabel = useStageLabel();
  const formRef = useRef<HTMLFormElement>(null);
  const { programmes } = useProgrammeDirectory();
  const { partners, nameOf } = usePartnerDirectory();
  const [programmeId, setProgrammeId] = useState('');
  const [stageId, setStageId] = useState('');
  const [reachedOn, setReachedOn] = useState('');
  const [creditedPartnerId, setCreditedPartnerId] = useState('');
  const [basis, setBasis] = useState<Basis | ''>('');
  const stages = useFunnelStages(programmeId ? Number(programmeId) : undefined);
  const sources = useCreditSources(companyId, actsForNetwork ? 'network' : ownPartnerId);
  const [clientErrors, setClientErrors] = useState<FieldErrors<Field>>({});
  const serverErrors = describeFieldErrors(t, error, FIELDS);
  // The API refuses a basis (or a credited partner) the user does not own with 403: say so in words
  // at the basis, which is where the user can fix it.
  const refused = isApiProblem(error) && error.isForbiddenValue;
  const basisError =
    clientErrors.sourceId ??
    (refused && (serverErrors.source || serverErrors.sourceId || (!actsForNetwork && serverErrors.creditedPartnerId))
      ? t('funnel.fields.basisNotOwn')
      : (serverErrors.sourceId ?? serverErrors.source));
  const errors: FieldErrors<Field> = { ...serverErrors, ...clientErrors };

  useEffect(() => {
    if (error) focusFirstInvalid(formRef.current);
  }, [error]);

  const groups: OptionGroup[] = [
    {
      label: actsForNetwork ? t('funnel.fields.basisActivities') : t('funnel.fields.basisOwnActivities'),
      options: sources.activities.map((activity) => {
        const what = t('funnel.fields.basisActivity', {
          type: t(`enums.activityType.${activity.type}`),
          date: format.longDay(activity.occurredOn),
        });
        return {
          value: `ACTIVITY:${activity.id}`,
          label: actsForNetwork ? `${what} (${nameOf(activity.partnerId)})` : what,
        };
      }),
    },
    {
      label: actsForNetwork ? t('funnel.fields.basisAttendances') : t('funnel.fields.basisOwnAttendances'),
      options: sources.attendances.map((attendance) => ({
        value: `EVENT_ATTENDANCE:${attendance.registrationId}`,
        label: t('funnel.fields.basisAttendance', {
          event: attendance.eventTitle,
          date: format.longDay(attendance.checkedInAt),
        }),
      })),
    },
  ];
  const noBasis = !sources.isPending && !sources.error && sources.activities.length + sources.attendances.length === 0;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {};
    if (!programmeId) found.programmeId = t('common.requiredField');
    if (!stageId) found.stageId = t('common.requiredField');
    if (!actsForNetwork && !basis) found.sourceId = t('funnel.fields.basisRequired');
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
        // no basis: MANUAL, the API's default, which only admin and staff may use
        ...readBasis(basis),
      },
      stage ? stageLabel(stage) : '',
    );
  };

  return (
    <form ref={formRef} className="form form--compact" noValidate onSubmit={submit}>
      <ProblemAlert error={error} />
      <ProblemAlert error={sources.error} />
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
      <SelectField
        label={t('funnel.fields.basis')}
        name="sourceId"
        required={!actsForNetwork}
        description={
          actsForNetwork
            ? t('funnel.fields.basisHintNetwork')
            : noBasis
              ? t('funnel.fields.basisNone')
              : t('funnel.fields.basisHint')
        }
        disabled={sources.isPending}
        placeholder={actsForNetwork ? t('funnel.fields.basisManual') : t('funnel.fields.basisPlaceholder')}
        options={[]}
        groups={groups}
        value={basis}
        error={basisError}
        onChange={(event) => {
          setBasis(event.target.value as Basis | '');
          setClientErrors((current) => ({ ...current, sourceId: undefined }));
        }}
      />
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
