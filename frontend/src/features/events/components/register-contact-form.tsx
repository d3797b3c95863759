// Register a contact person for an event: find the company, then pick one of its contacts.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { SelectField, TextField } from '@/components/form/fields';
import { ProblemAlert } from '@/components/problem-alert';
import { useCompanyContacts } from '@/lib/reference/company-contacts';
import { useCompanySearch } from '@/features/events/api/search-companies';

interface RegisterContactFormProps {
  saving: boolean;
  error: unknown;
  onSubmit: (contactId: number, name: string) => void;
}

export function RegisterContactForm({ saving, error, onSubmit }: RegisterContactFormProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const [companyId, setCompanyId] = useState('');
  const [contactId, setContactId] = useState('');
  const [missing, setMissing] = useState(false);
  const matches = useCompanySearch(q);
  const contacts = useCompanyContacts(companyId ? Number(companyId) : undefined);
  const people = (contacts.data ?? []).filter((contact) => !contact.erased && contact.name);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!contactId) {
      setMissing(true);
      return;
    }
    const person = people.find((contact) => contact.id === Number(contactId));
    onSubmit(Number(contactId), person?.name ?? '');
  };

  return (
    <form className="form form--compact" noValidate onSubmit={submit}>
      <ProblemAlert error={error} />
      <div className="filters__search">
        <TextField
          label={t('registrations.fields.companySearch')}
          name="companySearch"
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              setQ(search.trim());
            }
          }}
        />
        <Button onClick={() => setQ(search.trim())}>{t('common.search')}</Button>
      </div>
      {q && matches.isSuccess && matches.data.length === 0 && <p role="status">{t('registrations.noCompanies')}</p>}
      <SelectField
        label={t('registrations.fields.companyPick')}
        name="companyId"
        disabled={!matches.data?.length}
        placeholder={t('registrations.fields.companyPlaceholder')}
        options={(matches.data ?? []).map((company) => ({
          value: String(company.id),
          label: [company.name, company.kvkNumber, company.postcode].filter(Boolean).join(' · '),
        }))}
        value={companyId}
        onChange={(event) => {
          setCompanyId(event.target.value);
          setContactId('');
        }}
      />
      {companyId && contacts.isSuccess && people.length === 0 && <p role="status">{t('registrations.noContacts')}</p>}
      <SelectField
        label={t('registrations.fields.contact')}
        name="contactId"
        required
        disabled={people.length === 0}
        placeholder={t('registrations.fields.contactPlaceholder')}
        options={people.map((contact) => ({ value: String(contact.id), label: contact.name ?? '' }))}
        value={contactId}
        error={missing && !contactId ? t('common.requiredField') : undefined}
        onChange={(event) => {
          setContactId(event.target.value);
          setMissing(false);
        }}
      />
      <Button type="submit" appearance="primary" disabled={saving} busy={saving}>
        {t('registrations.submit')}
      </Button>
    </form>
  );
}
