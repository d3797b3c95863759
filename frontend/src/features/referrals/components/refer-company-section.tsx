// "Refer this company": hand the company over to another partner, with a reason and, optionally,
// the person to speak to (one of the people the user sees at the company; the receiving partner
// then sees that person too). Admin and staff say on whose behalf; a partner user refers from its
// own organisation.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { SelectField, TextAreaField } from '@/components/form/fields';
import { focusFirstInvalid, type FieldErrors } from '@/components/form/form-errors';
import { ProblemAlert } from '@/components/problem-alert';
import { StatusMessage } from '@/components/status-message';
import { useActingPartner, useCan } from '@/shared/authorization';
import { useCompanyContacts } from '@/shared/reference/company-contacts';
import { usePartnerDirectory } from '@/shared/reference/partners';
import { useCreateReferral } from '@/features/referrals/api/create-referral';
import { describeFieldErrors } from '@/lib/problem-text';

const FIELDS = ['fromPartnerId', 'toPartnerId', 'contactId', 'reason'] as const;
type Field = (typeof FIELDS)[number];

export function ReferCompanySection({ companyId }: { companyId: number }) {
  const { t } = useTranslation();
  const canRefer = useCan('referrals:write');
  const { actsForNetwork, ownPartnerId } = useActingPartner();
  const { partners, nameOf } = usePartnerDirectory();
  const contacts = useCompanyContacts(canRefer ? companyId : undefined);
  const creation = useCreateReferral();
  const formRef = useRef<HTMLFormElement>(null);
  const [fromPartnerId, setFromPartnerId] = useState('');
  const [toPartnerId, setToPartnerId] = useState('');
  const [reason, setReason] = useState('');
  const [contactId, setContactId] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors<Field>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const errors: FieldErrors<Field> = { ...describeFieldErrors(t, creation.error, FIELDS), ...clientErrors };
  if (!canRefer) return null;

  const referrer = actsForNetwork ? Number(fromPartnerId) || undefined : ownPartnerId;
  const targets = partners.filter((partner) => partner.active && partner.id !== referrer);
  // people whose name the user may see; an erased person has none
  const people = (contacts.data ?? []).filter((contact) => !contact.erased && contact.name);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(null);
    const found: FieldErrors<Field> = {};
    if (actsForNetwork && !fromPartnerId) found.fromPartnerId = t('common.requiredField');
    if (!toPartnerId) found.toPartnerId = t('common.requiredField');
    if (!reason.trim()) found.reason = t('common.requiredField');
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      return;
    }
    const to = Number(toPartnerId);
    creation.mutate(
      {
        companyId,
        toPartnerId: to,
        reason: reason.trim(),
        fromPartnerId: actsForNetwork ? Number(fromPartnerId) : undefined,
        contactId: contactId ? Number(contactId) : undefined,
      },
      {
        onSuccess: () => {
          setToPartnerId('');
          setReason('');
          setContactId('');
          setNotice(t('referrals.refer.sent', { partner: nameOf(to) }));
        },
        onError: () => requestAnimationFrame(() => focusFirstInvalid(formRef.current)),
      },
    );
  };

  const clear = (field: Field) => setClientErrors((current) => ({ ...current, [field]: undefined }));

  return (
    <section className="section" aria-labelledby="refer-title" id="refer">
      <h2 id="refer-title" className="utrecht-heading-2">
        {t('referrals.refer.title')}
      </h2>
      <p>{t('referrals.refer.intro')}</p>
      <StatusMessage message={notice} />
      <form ref={formRef} className="form form--compact" noValidate onSubmit={submit}>
        <ProblemAlert error={creation.error} />
        <div className="field-row">
          {actsForNetwork && (
            <SelectField
              label={t('referrals.refer.fromPartner')}
              name="fromPartnerId"
              required
              placeholder={t('referrals.refer.fromPartnerPlaceholder')}
              options={partners.map((partner) => ({ value: String(partner.id), label: partner.name }))}
              value={fromPartnerId}
              error={errors.fromPartnerId}
              onChange={(event) => {
                setFromPartnerId(event.target.value);
                clear('fromPartnerId');
              }}
            />
          )}
          <SelectField
            label={t('referrals.refer.toPartner')}
            name="toPartnerId"
            required
            placeholder={t('referrals.refer.toPartnerPlaceholder')}
            options={targets.map((partner) => ({ value: String(partner.id), label: partner.name }))}
            value={toPartnerId}
            error={errors.toPartnerId}
            onChange={(event) => {
              setToPartnerId(event.target.value);
              clear('toPartnerId');
            }}
          />
        </div>
        {people.length > 0 && (
          <SelectField
            label={t('referrals.refer.contact')}
            description={t('referrals.refer.contactHint')}
            name="contactId"
            placeholder={t('referrals.refer.contactPlaceholder')}
            options={people.map((person) => ({
              value: String(person.id),
              label: person.jobTitle ? `${person.name} (${person.jobTitle})` : (person.name ?? ''),
            }))}
            value={contactId}
            error={errors.contactId}
            onChange={(event) => {
              setContactId(event.target.value);
              clear('contactId');
            }}
          />
        )}
        <TextAreaField
          label={t('referrals.refer.reason')}
          description={t('referrals.refer.reasonHint')}
          name="reason"
          required
          value={reason}
          error={errors.reason}
          onChange={(event) => {
            setReason(event.target.value);
            clear('reason');
          }}
        />
        <div className="button-row">
          <Button type="submit" appearance="primary" disabled={creation.isPending} busy={creation.isPending}>
            {t('referrals.refer.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
