// Find a company by name, KvK number or postcode, then choose one of its contact persons: the
// one way every form (register for an event, appoint an ambassador) picks a person.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { SelectField, TextField } from '@/components/form/fields';
import { useCompanyContacts } from '@/shared/reference/company-contacts';
import { useCompanySearch } from '@/shared/reference/company-search';

interface CompanyPersonPickerProps {
  companyId: string;
  contactId: string;
  /** A new company clears the person: the parent sets contactId to '' with it. */
  onCompanyChange: (companyId: string) => void;
  /** The chosen person's id and name (for the message after saving). */
  onContactChange: (contactId: string, name: string) => void;
  errors?: { companyId?: string; contactId?: string };
}

export function CompanyPersonPicker({ companyId, contactId, onCompanyChange, onContactChange, errors = {} }: CompanyPersonPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const matches = useCompanySearch(q);
  const contacts = useCompanyContacts(companyId ? Number(companyId) : undefined);
  const people = (contacts.data ?? []).filter((contact) => !contact.erased && contact.name);

  return (
    <>
      <div className="filters__search">
        <TextField
          label={t('companyPicker.search')}
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
      {q && matches.isSuccess && matches.data.length === 0 && <p role="status">{t('companyPicker.noCompanies')}</p>}
      <SelectField
        label={t('companyPicker.company')}
        name="companyId"
        required
        disabled={!matches.data?.length}
        placeholder={t('companyPicker.companyPlaceholder')}
        options={(matches.data ?? []).map((company) => ({
          value: String(company.id),
          label: [company.name, company.kvkNumber, company.postcode].filter(Boolean).join(' · '),
        }))}
        value={companyId}
        error={errors.companyId}
        onChange={(event) => onCompanyChange(event.target.value)}
      />
      {companyId && contacts.isSuccess && people.length === 0 && <p role="status">{t('companyPicker.noContacts')}</p>}
      <SelectField
        label={t('companyPicker.contact')}
        name="contactId"
        required
        disabled={people.length === 0}
        placeholder={t('companyPicker.contactPlaceholder')}
        options={people.map((contact) => ({ value: String(contact.id), label: contact.name ?? '' }))}
        value={contactId}
        error={errors.contactId}
        onChange={(event) => {
          const id = event.target.value;
          onContactChange(id, people.find((contact) => String(contact.id) === id)?.name ?? '');
        }}
      />
    </>
  );
}
