// Record an activity with a company. Admin and staff name the partner that held it; a partner
// user's own organisation is implied. Optionally it credits a funnel stage of a programme.
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { CheckboxField, CheckboxGroup, SelectField, TextAreaField, TextField } from '@/components/form/fields';
import type { FieldErrors } from '@/components/form/form-errors';
import { useFormState } from '@/components/form/use-form-state';
import { ProblemAlert } from '@/components/problem-alert';
import { today } from '@/lib/dates';
import { ACTIVITY_TYPES, NEEDS, THEMES, oneOf, type ActivityType, type Need, type Theme } from '@/shared/enums';
import { useCompanyContacts } from '@/shared/reference/company-contacts';
import { usePartnerDirectory } from '@/shared/reference/partners';
import { useFunnelStages, useProgrammeDirectory } from '@/shared/reference/programmes';
import { useStageLabel } from '@/shared/stage-label';
import type { ActivityRequest } from '@/features/activities/api/types';

const FIELDS = [
  'partnerId', 'type', 'occurredOn', 'contactId', 'summary', 'confidential', 'themes', 'needs', 'programmeId', 'stageId',
] as const;
type Field = (typeof FIELDS)[number];

export interface ActivityValues {
  partnerId: string;
  type: ActivityType | '';
  occurredOn: string;
  contactId: string;
  summary: string;
  confidential: boolean;
  themes: Theme[];
  needs: Need[];
  programmeId: string;
  stageId: string;
}

/** The request for the API: partnerId only when acting for the network, the stage credit only when complete. */
export function toActivityRequest(companyId: number, values: ActivityValues, actsForNetwork: boolean): ActivityRequest {
  const id = (value: string) => (value ? Number(value) : undefined);
  const credited = values.programmeId && values.stageId;
  return {
    partnerId: actsForNetwork ? id(values.partnerId) : undefined,
    companyId,
    contactId: id(values.contactId),
    type: values.type as ActivityType,
    occurredOn: values.occurredOn,
    summary: values.summary.trim() || undefined,
    confidential: values.confidential,
    themes: values.themes,
    needs: values.needs,
    programmeId: credited ? Number(values.programmeId) : undefined,
    stageId: credited ? Number(values.stageId) : undefined,
  };
}

interface ActivityFormProps {
  companyId: number;
  actsForNetwork: boolean;
  saving: boolean;
  error: unknown;
  onSubmit: (request: ActivityRequest) => void;
  onCancel: () => void;
}

export function ActivityForm({ companyId, actsForNetwork, saving, error, onSubmit, onCancel }: ActivityFormProps) {
  const { t } = useTranslation();
  const stageLabel = useStageLabel();
  const { partners } = usePartnerDirectory();
  const { programmes } = useProgrammeDirectory();
  const contacts = useCompanyContacts(companyId);
  const { formRef, values, set, errors, handleSubmit } = useFormState({
    initial: (): ActivityValues => ({
      partnerId: '', type: '', occurredOn: today(), contactId: '', summary: '', confidential: false,
      themes: [], needs: [], programmeId: '', stageId: '',
    }),
    fields: FIELDS,
    serverError: error,
    validate: (current: ActivityValues) => {
      const found: FieldErrors<Field> = {};
      if (actsForNetwork && !current.partnerId) found.partnerId = t('common.requiredField');
      if (!current.type) found.type = t('common.requiredField');
      if (!current.occurredOn) found.occurredOn = t('common.requiredField');
      if (current.programmeId && !current.stageId) found.stageId = t('common.requiredField');
      return found;
    },
    onValid: (current) => onSubmit(toActivityRequest(companyId, current, actsForNetwork)),
  });
  const stages = useFunnelStages(values.programmeId ? Number(values.programmeId) : undefined);

  const visibleContacts = (contacts.data ?? []).filter((contact) => !contact.erased && contact.name);

  return (
    <form ref={formRef} className="form form--compact" noValidate onSubmit={handleSubmit}>
      <ProblemAlert error={error} />
      {actsForNetwork && (
        <SelectField
          label={t('activities.fields.partner')}
          name="partnerId"
          required
          placeholder={t('activities.fields.partnerPlaceholder')}
          options={partners.map((partner) => ({ value: String(partner.id), label: partner.name }))}
          value={values.partnerId}
          error={errors.partnerId}
          onChange={(event) => set('partnerId', event.target.value)}
        />
      )}
      <div className="field-row">
        <SelectField
          label={t('activities.fields.type')}
          name="type"
          required
          placeholder={t('activities.fields.typePlaceholder')}
          options={ACTIVITY_TYPES.map((type) => ({ value: type, label: t(`enums.activityType.${type}`) }))}
          value={values.type}
          error={errors.type}
          onChange={(event) => set('type', oneOf(ACTIVITY_TYPES, event.target.value) ?? '')}
        />
        <TextField
          label={t('activities.fields.occurredOn')}
          name="occurredOn"
          type="date"
          required
          value={values.occurredOn}
          error={errors.occurredOn}
          onChange={(event) => set('occurredOn', event.target.value)}
        />
      </div>
      <SelectField
        label={t('activities.fields.contact')}
        name="contactId"
        placeholder={t('activities.fields.contactPlaceholder')}
        options={visibleContacts.map((contact) => ({ value: String(contact.id), label: contact.name ?? '' }))}
        value={values.contactId}
        error={errors.contactId}
        onChange={(event) => set('contactId', event.target.value)}
      />
      <TextAreaField
        label={t('activities.fields.summary')}
        name="summary"
        value={values.summary}
        error={errors.summary}
        onChange={(event) => set('summary', event.target.value)}
      />
      <CheckboxField
        label={t('activities.fields.confidential')}
        name="confidential"
        checked={values.confidential}
        error={errors.confidential}
        onChange={(event) => set('confidential', event.target.checked)}
      />
      <CheckboxGroup
        legend={t('activities.fields.themes')}
        name="themes"
        options={THEMES.map((theme) => ({ value: theme, label: t(`programmes.theme.${theme}`) }))}
        value={values.themes}
        error={errors.themes}
        onChange={(themes) => set('themes', themes as Theme[])}
      />
      <CheckboxGroup
        legend={t('activities.fields.needs')}
        description={t('activities.fields.needsHint')}
        name="needs"
        options={NEEDS.map((need) => ({ value: need, label: t(`enums.need.${need}`) }))}
        value={values.needs}
        error={errors.needs}
        onChange={(needs) => set('needs', needs as Need[])}
      />
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {t('activities.fields.credit')}
        </legend>
        <p className="utrecht-form-field-description">{t('activities.fields.creditHint')}</p>
        <div className="field-row">
          <SelectField
            label={t('activities.fields.programme')}
            name="programmeId"
            placeholder={t('activities.fields.programmePlaceholder')}
            options={programmes.map((programme) => ({ value: String(programme.id), label: programme.name }))}
            value={values.programmeId}
            error={errors.programmeId}
            onChange={(event) => {
              set('programmeId', event.target.value);
              set('stageId', '');
            }}
          />
          {values.programmeId && (
            <SelectField
              label={t('activities.fields.stage')}
              name="stageId"
              required
              placeholder={t('activities.fields.stagePlaceholder')}
              options={(stages.data ?? []).map((stage) => ({ value: String(stage.id), label: stageLabel(stage) }))}
              value={values.stageId}
              error={errors.stageId}
              onChange={(event) => set('stageId', event.target.value)}
            />
          )}
        </div>
      </fieldset>
      <div className="button-row">
        <Button type="submit" appearance="primary" disabled={saving} busy={saving}>
          {saving ? t('common.saving') : t('activities.add')}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
