// Appoint an ambassador: pick a programme, find the company, choose one of its contact persons,
// and give the term.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { CompanyPersonPicker } from '@/components/form/company-person-picker';
import { SelectField, TextField } from '@/components/form/fields';
import { focusFirstInvalid, type FieldErrors } from '@/components/form/form-errors';
import { ProblemAlert } from '@/components/problem-alert';
import { today } from '@/lib/dates';
import { useProgrammeDirectory } from '@/shared/reference/programmes';
import type { AmbassadorRequest } from '@/features/ambassadors/api/types';
import { describeFieldErrors } from '@/lib/problem-text';

const FIELDS = ['programmeId', 'companyId', 'contactId', 'termStart', 'termEnd'] as const;
type Field = (typeof FIELDS)[number];

interface AppointFormProps {
  saving: boolean;
  error: unknown;
  onSubmit: (request: AmbassadorRequest, names: { person: string; programme: string }) => void;
}

export function AppointForm({ saving, error, onSubmit }: AppointFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const programmes = useProgrammeDirectory();
  const [programmeId, setProgrammeId] = useState('');
  const [companyId, setCompanyId] = useState('');
  const [contact, setContact] = useState({ id: '', name: '' });
  const [termStart, setTermStart] = useState(today());
  const [termEnd, setTermEnd] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors<Field>>({});
  const errors: FieldErrors<Field> = { ...describeFieldErrors(t, error, FIELDS), ...clientErrors };

  useEffect(() => {
    if (error) focusFirstInvalid(formRef.current);
  }, [error]);

  const clear = (field: Field) => setClientErrors((current) => ({ ...current, [field]: undefined }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {};
    if (!programmeId) found.programmeId = t('common.requiredField');
    if (!companyId) found.companyId = t('common.requiredField');
    if (!contact.id) found.contactId = t('common.requiredField');
    if (!termStart) found.termStart = t('common.requiredField');
    if (termStart && termEnd && termEnd < termStart) found.termEnd = t('common.endBeforeStart');
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      return;
    }
    onSubmit(
      { programmeId: Number(programmeId), contactId: Number(contact.id), termStart, termEnd: termEnd || undefined },
      { person: contact.name, programme: programmes.nameOf(Number(programmeId)) },
    );
  };

  return (
    <form ref={formRef} className="form form--compact" noValidate onSubmit={submit}>
      <ProblemAlert error={error} />
      <SelectField
        label={t('ambassadors.fields.programme')}
        name="programmeId"
        required
        placeholder={t('ambassadors.fields.programmePlaceholder')}
        options={programmes.programmes.map((programme) => ({ value: String(programme.id), label: programme.name }))}
        value={programmeId}
        error={errors.programmeId}
        onChange={(event) => {
          setProgrammeId(event.target.value);
          clear('programmeId');
        }}
      />
      <CompanyPersonPicker
        companyId={companyId}
        contactId={contact.id}
        errors={{ companyId: errors.companyId, contactId: errors.contactId }}
        onCompanyChange={(id) => {
          setCompanyId(id);
          setContact({ id: '', name: '' });
          clear('companyId');
        }}
        onContactChange={(id, name) => {
          setContact({ id, name });
          clear('contactId');
        }}
      />
      <div className="field-row">
        <TextField
          label={t('ambassadors.fields.termStart')}
          name="termStart"
          type="date"
          required
          value={termStart}
          error={errors.termStart}
          onChange={(event) => {
            setTermStart(event.target.value);
            clear('termStart');
          }}
        />
        <TextField
          label={t('ambassadors.fields.termEnd')}
          description={t('ambassadors.fields.termEndHint')}
          name="termEnd"
          type="date"
          value={termEnd}
          error={errors.termEnd}
          onChange={(event) => {
            setTermEnd(event.target.value);
            clear('termEnd');
          }}
        />
      </div>
      <div className="button-row">
        <Button type="submit" appearance="primary" disabled={saving} busy={saving}>
          {t('ambassadors.appoint')}
        </Button>
      </div>
    </form>
  );
}
