// Appoint an ambassador: pick a programme, find the company, choose one of its contact persons,
// and give the term.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { SelectField, TextField } from '@/components/form/fields';
import { focusFirstInvalid, serverFieldErrors, type FieldErrors } from '@/components/form/form-errors';
import { ProblemAlert } from '@/components/problem-alert';
import { today } from '@/lib/dates';
import { useCompanyContacts } from '@/lib/reference/company-contacts';
import { useProgrammeDirectory } from '@/lib/reference/programmes';
import { useCompanySearch } from '@/features/ambassadors/api/search-companies';
import type { AmbassadorRequest } from '@/features/ambassadors/api/types';

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
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const [companyId, setCompanyId] = useState('');
  const [contactId, setContactId] = useState('');
  const [termStart, setTermStart] = useState(today());
  const [termEnd, setTermEnd] = useState('');
  const matches = useCompanySearch(q);
  const contacts = useCompanyContacts(companyId ? Number(companyId) : undefined);
  const [clientErrors, setClientErrors] = useState<FieldErrors<Field>>({});
  const errors: FieldErrors<Field> = { ...serverFieldErrors(t, error, FIELDS), ...clientErrors };
  const people = (contacts.data ?? []).filter((contact) => !contact.erased && contact.name);

  useEffect(() => {
    if (error) focusFirstInvalid(formRef.current);
  }, [error]);

  const clear = (field: Field) => setClientErrors((current) => ({ ...current, [field]: undefined }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {};
    if (!programmeId) found.programmeId = t('common.requiredField');
    if (!companyId) found.companyId = t('common.requiredField');
    if (!contactId) found.contactId = t('common.requiredField');
    if (!termStart) found.termStart = t('common.requiredField');
    if (termStart && termEnd && termEnd < termStart) found.termEnd = t('common.endBeforeStart');
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      return;
    }
    const person = people.find((contact) => contact.id === Number(contactId))?.name ?? '';
    onSubmit(
      { programmeId: Number(programmeId), contactId: Number(contactId), termStart, termEnd: termEnd || undefined },
      { person, programme: programmes.nameOf(Number(programmeId)) },
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
      <div className="filters__search">
        <TextField
          label={t('ambassadors.fields.companySearch')}
          description={t('companies.searchHint')}
          name="companySearch"
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          onKeyDown={(event) => {
            // Enter searches instead of submitting the whole form
            if (event.key === 'Enter') {
              event.preventDefault();
              setQ(search.trim());
            }
          }}
        />
        <Button onClick={() => setQ(search.trim())}>{t('common.search')}</Button>
      </div>
      {q && matches.isSuccess && matches.data.length === 0 && <p role="status">{t('ambassadors.noCompanies')}</p>}
      <SelectField
        label={t('ambassadors.fields.companyPick')}
        name="companyId"
        required
        disabled={!matches.data?.length}
        placeholder={t('ambassadors.fields.companyPlaceholder')}
        options={(matches.data ?? []).map((company) => ({
          value: String(company.id),
          label: [company.name, company.kvkNumber, company.postcode].filter(Boolean).join(' · '),
        }))}
        value={companyId}
        error={errors.companyId}
        onChange={(event) => {
          setCompanyId(event.target.value);
          setContactId('');
          clear('companyId');
        }}
      />
      {companyId && contacts.isSuccess && people.length === 0 && <p role="status">{t('ambassadors.noContacts')}</p>}
      <SelectField
        label={t('ambassadors.fields.contact')}
        name="contactId"
        required
        disabled={people.length === 0}
        placeholder={t('ambassadors.fields.contactPlaceholder')}
        options={people.map((contact) => ({ value: String(contact.id), label: contact.name ?? '' }))}
        value={contactId}
        error={errors.contactId}
        onChange={(event) => {
          setContactId(event.target.value);
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
