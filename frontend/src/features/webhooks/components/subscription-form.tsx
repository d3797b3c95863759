// Create and edit form of a webhook subscription. The URL is checked by the server (https, no
// address inside the network); its answer shows next to the field.
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { CheckboxField, CheckboxGroup, SelectField, TextField } from '@/components/form/fields';
import type { FieldErrors } from '@/components/form/form-errors';
import { useFormState } from '@/components/form/use-form-state';
import { ProblemAlert } from '@/components/problem-alert';
import { usePartnerDirectory } from '@/shared/reference/partners';
import type { WebhookSubscription, WebhookSubscriptionRequest } from '@/features/webhooks/api/types';
import { EVENT_TYPES, eventTypeLabel } from '@/features/webhooks/utils/event-types';
import { toRequest, toValues, type SubscriptionValues } from '@/features/webhooks/utils/subscription-view';

const FIELDS = ['url', 'eventTypes', 'description', 'enabled', 'partnerId'] as const;
type Field = (typeof FIELDS)[number];

interface SubscriptionFormProps {
  subscription?: WebhookSubscription;
  /** Admin creating a subscription: may name the partner it is for. */
  choosesPartner: boolean;
  submitting: boolean;
  error: unknown;
  onSubmit: (request: WebhookSubscriptionRequest) => void;
  onCancel: () => void;
}

export function SubscriptionForm({ subscription, choosesPartner, submitting, error, onSubmit, onCancel }: SubscriptionFormProps) {
  const { t } = useTranslation();
  const { partners } = usePartnerDirectory();
  const { formRef, values, set, errors, handleSubmit } = useFormState({
    initial: () => toValues(subscription),
    fields: FIELDS,
    serverError: error,
    validate: (current: SubscriptionValues) => {
      const found: FieldErrors<Field> = {};
      if (!current.url.trim() || current.url.trim() === 'https://') found.url = t('common.requiredField');
      if (current.eventTypes.length === 0) found.eventTypes = t('webhooks.fields.chooseOne');
      return found;
    },
    onValid: (current) => onSubmit(toRequest(current, choosesPartner)),
  });

  return (
    <form ref={formRef} noValidate onSubmit={handleSubmit} className="form">
      <ProblemAlert error={error} />
      <TextField
        label={t('webhooks.fields.url')}
        name="url"
        type="url"
        inputMode="url"
        required
        description={t('webhooks.fields.urlHint')}
        value={values.url}
        error={errors.url}
        onChange={(event) => set('url', event.target.value)}
      />
      {choosesPartner && (
        <SelectField
          label={t('webhooks.fields.partner')}
          name="partnerId"
          description={t('webhooks.fields.partnerHint')}
          placeholder={t('webhooks.fields.partnerPlaceholder')}
          options={partners.map((partner) => ({ value: String(partner.id), label: partner.name }))}
          value={values.partnerId}
          error={errors.partnerId}
          onChange={(event) => set('partnerId', event.target.value)}
        />
      )}
      <CheckboxGroup
        legend={t('webhooks.fields.eventTypes')}
        name="eventTypes"
        description={t('webhooks.fields.eventTypesHint')}
        options={EVENT_TYPES.map((type) => ({ value: type, label: eventTypeLabel(t, type) ?? type }))}
        value={values.eventTypes}
        error={errors.eventTypes}
        onChange={(next) => set('eventTypes', next)}
      />
      <TextField
        label={t('webhooks.fields.description')}
        name="description"
        value={values.description}
        error={errors.description}
        onChange={(event) => set('description', event.target.value)}
      />
      <CheckboxField
        label={t('webhooks.fields.enabled')}
        name="enabled"
        checked={values.enabled}
        error={errors.enabled}
        onChange={(event) => set('enabled', event.target.checked)}
      />
      <div className="button-row">
        <Button type="submit" appearance="primary" disabled={submitting} busy={submitting}>
          {submitting ? t('common.saving') : t('common.save')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
