// Create and edit form for an event: programme, title, description, type, themes, venue or
// online link, start and end, capacity, the funnel stage attendance credits, organisers.
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink } from '@/components/button';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '@/components/form/fields';
import type { FieldErrors } from '@/components/form/form-errors';
import { useFormState } from '@/components/form/use-form-state';
import { ProblemAlert } from '@/components/problem-alert';
import { useActingPartner } from '@/shared/authorization';
import { fromDateTimeLocal, toDateTimeLocal } from '@/lib/dates';
import { EVENT_TYPES, THEMES, type EventType, type Theme } from '@/shared/enums';
import { usePartnerDirectory } from '@/shared/reference/partners';
import { useFunnelStages, useProgrammeDirectory } from '@/shared/reference/programmes';
import { useStageLabel } from '@/shared/stage-label';
import type { Event, EventRequest } from '@/features/events/api/types';

const FIELDS = [
  'programmeId',
  'title',
  'description',
  'type',
  'themes',
  'venue',
  'onlineUrl',
  'startsAt',
  'endsAt',
  'capacity',
  'stageId',
  'organiserIds',
] as const;
type Field = (typeof FIELDS)[number];

export interface EventFormValues {
  programmeId: string;
  title: string;
  description: string;
  type: EventType | '';
  themes: Theme[];
  venue: string;
  onlineUrl: string;
  startsAt: string;
  endsAt: string;
  capacity: string;
  stageId: string;
  organiserIds: string[];
}

/**
 * The organisers the form starts with: those that organise and those invited, as the API takes
 * them back (an invitation not named again is withdrawn; one named again stays open until the
 * partner answers). A partner user's own partner always organises.
 */
function startingOrganisers(event: Event | undefined, ownPartnerId: number | undefined): string[] {
  const named = event
    ? [...event.organiserIds, ...event.invitedOrganiserIds]
    : ownPartnerId === undefined ? [] : [ownPartnerId];
  return [...new Set(named)].map(String);
}

function toValues(event: Event | undefined, ownPartnerId: number | undefined): EventFormValues {
  return {
    programmeId: event ? String(event.programmeId) : '',
    title: event?.title ?? '',
    description: event?.description ?? '',
    type: event?.type ?? '',
    themes: event?.themes ?? [],
    venue: event?.venue ?? '',
    onlineUrl: event?.onlineUrl ?? '',
    startsAt: toDateTimeLocal(event?.startsAt),
    endsAt: toDateTimeLocal(event?.endsAt),
    capacity: event?.capacity != null ? String(event.capacity) : '',
    stageId: event?.stageId != null ? String(event.stageId) : '',
    organiserIds: startingOrganisers(event, ownPartnerId),
  };
}

type Translate = (key: string) => string;

/** The client-side checks; the server checks the same and more (its 400 field errors show too). */
export function validateEvent(values: EventFormValues, t: Translate): FieldErrors<Field> {
  const found: FieldErrors<Field> = {};
  if (!values.programmeId) found.programmeId = t('common.requiredField');
  if (!values.title.trim()) found.title = t('common.requiredField');
  if (!values.type) found.type = t('common.requiredField');
  if (!values.startsAt) found.startsAt = t('common.requiredField');
  if (!values.endsAt) found.endsAt = t('common.requiredField');
  if (values.startsAt && values.endsAt && values.endsAt <= values.startsAt) found.endsAt = t('events.errors.endBeforeStart');
  const url = values.onlineUrl.trim();
  if (url && !/^https:\/\/\S+$/.test(url)) found.onlineUrl = t('events.errors.https');
  if (!values.venue.trim() && !url) found.venue = t('events.errors.whereRequired');
  if (values.capacity && !/^[1-9]\d*$/.test(values.capacity.trim())) found.capacity = t('events.errors.capacity');
  return found;
}

export function toRequest(values: EventFormValues): EventRequest {
  return {
    programmeId: Number(values.programmeId),
    title: values.title.trim(),
    description: values.description.trim() || undefined,
    type: values.type as EventType,
    themes: values.themes,
    venue: values.venue.trim() || undefined,
    onlineUrl: values.onlineUrl.trim() || undefined,
    startsAt: fromDateTimeLocal(values.startsAt),
    endsAt: fromDateTimeLocal(values.endsAt),
    capacity: values.capacity.trim() ? Number(values.capacity.trim()) : undefined,
    stageId: values.stageId ? Number(values.stageId) : undefined,
    organiserIds: values.organiserIds.map(Number),
  };
}

interface EventFormProps {
  event?: Event;
  submitting: boolean;
  error: unknown;
  cancelTo: string;
  onSubmit: (request: EventRequest) => void;
  onReload?: () => void;
}

export function EventForm({ event, submitting, error, cancelTo, onSubmit, onReload }: EventFormProps) {
  const { t } = useTranslation();
  const { actsForNetwork, ownPartnerId } = useActingPartner();
  const partnerUser = !actsForNetwork && ownPartnerId !== undefined;
  const { formRef, values, set, errors, handleSubmit } = useFormState({
    initial: () => toValues(event, partnerUser ? ownPartnerId : undefined),
    fields: FIELDS,
    serverError: error,
    validate: (current: EventFormValues) => validateEvent(current, (key) => String(t(key as 'common.requiredField'))),
    onValid: (current) => onSubmit(toRequest(current)),
  });
  const programmes = useProgrammeDirectory();
  const partners = usePartnerDirectory();
  const stages = useFunnelStages(values.programmeId ? Number(values.programmeId) : undefined);
  const stageLabel = useStageLabel();
  const invited = event?.invitedOrganiserIds ?? [];
  const invitedNames = partners.isSuccess ? invited.map((id) => partners.nameOf(id)).join(', ') : '';

  return (
    <form ref={formRef} noValidate onSubmit={handleSubmit} className="form">
      <ProblemAlert error={error} onReload={onReload} />
      <SelectField
        label={t('events.fields.programme')}
        name="programmeId"
        required
        placeholder={t('events.fields.programmePlaceholder')}
        options={programmes.programmes.map((programme) => ({ value: String(programme.id), label: programme.name }))}
        value={values.programmeId}
        error={errors.programmeId}
        onChange={(change) => {
          set('programmeId', change.target.value);
          set('stageId', ''); // stages belong to one programme
        }}
      />
      <TextField
        label={t('events.fields.title')}
        name="title"
        required
        maxLength={200}
        value={values.title}
        error={errors.title}
        onChange={(change) => set('title', change.target.value)}
      />
      <TextAreaField
        label={t('events.fields.description')}
        name="description"
        maxLength={4000}
        value={values.description}
        error={errors.description}
        onChange={(change) => set('description', change.target.value)}
      />
      <SelectField
        label={t('events.fields.type')}
        name="type"
        required
        placeholder={t('events.fields.typePlaceholder')}
        options={EVENT_TYPES.map((type) => ({ value: type, label: t(`eventEnums.type.${type}`) }))}
        value={values.type}
        error={errors.type}
        onChange={(change) => set('type', change.target.value as EventType)}
      />
      <CheckboxGroup
        legend={t('events.fields.themes')}
        name="themes"
        options={THEMES.map((theme) => ({ value: theme, label: t(`programmes.theme.${theme}`) }))}
        value={values.themes}
        error={errors.themes}
        onChange={(themes) => set('themes', themes as Theme[])}
      />
      <TextField
        label={t('events.fields.venue')}
        name="venue"
        description={t('events.fields.venueHint')}
        maxLength={300}
        value={values.venue}
        error={errors.venue}
        onChange={(change) => set('venue', change.target.value)}
      />
      <TextField
        label={t('events.fields.onlineUrl')}
        name="onlineUrl"
        type="url"
        inputMode="url"
        description={t('events.fields.onlineUrlHint')}
        maxLength={500}
        value={values.onlineUrl}
        error={errors.onlineUrl}
        onChange={(change) => set('onlineUrl', change.target.value)}
      />
      <div className="field-row">
        <TextField
          label={t('events.fields.startsAt')}
          name="startsAt"
          type="datetime-local"
          required
          value={values.startsAt}
          error={errors.startsAt}
          onChange={(change) => set('startsAt', change.target.value)}
        />
        <TextField
          label={t('events.fields.endsAt')}
          name="endsAt"
          type="datetime-local"
          required
          min={values.startsAt || undefined}
          value={values.endsAt}
          error={errors.endsAt}
          onChange={(change) => set('endsAt', change.target.value)}
        />
      </div>
      <TextField
        label={t('events.fields.capacity')}
        name="capacity"
        inputMode="numeric"
        className="utrecht-textbox--numeric"
        description={t('events.fields.capacityHint')}
        value={values.capacity}
        error={errors.capacity}
        onChange={(change) => set('capacity', change.target.value)}
      />
      <SelectField
        label={t('events.fields.stage')}
        name="stageId"
        description={t('events.fields.stageHint')}
        disabled={!values.programmeId}
        placeholder={t('events.fields.stagePlaceholder')}
        options={(stages.data ?? []).map((stage) => ({ value: String(stage.id), label: stageLabel(stage) }))}
        value={values.stageId}
        error={errors.stageId}
        onChange={(change) => set('stageId', change.target.value)}
      />
      <CheckboxGroup
        legend={t('events.fields.organisers')}
        name="organiserIds"
        description={
          partnerUser
            ? t('events.fields.organisersHintPartner')
            : invitedNames
              ? t('events.fields.organisersHintInvited', { partners: invitedNames })
              : t('events.fields.organisersHint')
        }
        options={partners.partners
          .filter((partner) => partner.active || values.organiserIds.includes(String(partner.id)))
          .map((partner) => ({
            value: String(partner.id),
            label: invited.includes(partner.id) ? t('events.fields.organiserInvited', { partner: partner.name }) : partner.name,
          }))}
        value={values.organiserIds}
        error={errors.organiserIds}
        onChange={(organiserIds) => set('organiserIds', organiserIds)}
      />
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
