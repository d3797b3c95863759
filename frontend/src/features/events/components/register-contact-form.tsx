// Register a contact person for an event: find the company, then pick one of its contacts.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { CompanyPersonPicker } from '@/components/form/company-person-picker';
import { ProblemAlert } from '@/components/problem-alert';

interface RegisterContactFormProps {
  saving: boolean;
  error: unknown;
  onSubmit: (contactId: number, name: string) => void;
}

export function RegisterContactForm({ saving, error, onSubmit }: RegisterContactFormProps) {
  const { t } = useTranslation();
  const [companyId, setCompanyId] = useState('');
  const [contact, setContact] = useState({ id: '', name: '' });
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!contact.id) {
      setMissing(true);
      return;
    }
    onSubmit(Number(contact.id), contact.name);
  };

  return (
    <form className="form form--compact" noValidate onSubmit={submit}>
      <ProblemAlert error={error} />
      <CompanyPersonPicker
        companyId={companyId}
        contactId={contact.id}
        errors={{ contactId: missing && !contact.id ? t('common.requiredField') : undefined }}
        onCompanyChange={(id) => {
          setCompanyId(id);
          setContact({ id: '', name: '' });
        }}
        onContactChange={(id, name) => {
          setContact({ id, name });
          setMissing(false);
        }}
      />
      <Button type="submit" appearance="primary" disabled={saving} busy={saving}>
        {t('registrations.submit')}
      </Button>
    </form>
  );
}
