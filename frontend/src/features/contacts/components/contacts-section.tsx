// Contact persons of a company: list, add, edit; for admins export (GDPR access request) and
// erasure after a confirmation that says it is irreversible.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { StatusMessage } from '@/components/status-message';
import { useCan } from '@/shared/authorization';
import { useCompanyContacts } from '@/shared/reference/company-contacts';
import { useCreateContact } from '@/features/contacts/api/create-contact';
import { useEraseContact } from '@/features/contacts/api/erase-contact';
import { useExportContact } from '@/features/contacts/api/export-contact';
import type { Contact } from '@/features/contacts/api/types';
import { useUpdateContact } from '@/features/contacts/api/update-contact';
import { ContactForm } from '@/features/contacts/components/contact-form';
import { ContactsTable, type ContactAction } from '@/features/contacts/components/contacts-table';

type Editing = { mode: 'add' } | { mode: 'edit'; contact: Contact } | null;

export function ContactsSection({ companyId }: { companyId: number }) {
  const { t } = useTranslation();
  const contacts = useCompanyContacts(companyId);
  const canWrite = useCan('contacts:write');
  const canPrivacy = useCan('contacts:privacy');
  const creation = useCreateContact();
  const update = useUpdateContact();
  const exporting = useExportContact();
  const erasure = useEraseContact();
  const [editing, setEditing] = useState<Editing>(null);
  const [toErase, setToErase] = useState<Contact | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const onAction = (contact: Contact, action: ContactAction) => {
    setNotice(null);
    if (action === 'edit') {
      update.reset();
      setEditing({ mode: 'edit', contact });
    } else if (action === 'export') {
      exporting.mutate(contact, { onSuccess: () => setNotice(t('contacts.exported', { name: contact.name ?? '' })) });
    } else {
      erasure.reset();
      setToErase(contact);
    }
  };

  const reloadEdited = async (id: number) => {
    const fresh = (await contacts.refetch()).data?.find((contact) => contact.id === id);
    update.reset();
    setEditing(fresh ? { mode: 'edit', contact: fresh } : null);
  };

  const confirmErase = () => {
    if (!toErase) return;
    const contact = toErase;
    erasure.mutate(contact, {
      onSuccess: () => setNotice(t('contacts.erasedNotice', { name: contact.name ?? '' })),
      onSettled: () => setToErase(null),
    });
  };

  return (
    <section className="section" aria-labelledby="contacts-title" id="contacts">
      <div className="page-heading">
        <h2 id="contacts-title" className="utrecht-heading-2">
          {t('contacts.title')}
        </h2>
        {canWrite && editing === null && (
          <Button
            onClick={() => {
              creation.reset();
              setNotice(null);
              setEditing({ mode: 'add' });
            }}
          >
            {t('contacts.add')}
          </Button>
        )}
      </div>
      <p>{t('contacts.intro')}</p>
      <StatusMessage message={notice} />
      <ProblemAlert error={exporting.error} />
      <ProblemAlert error={erasure.error} />
      {contacts.isPending ? (
        <Loading />
      ) : contacts.isError ? (
        <ProblemAlert error={contacts.error} />
      ) : contacts.data.length === 0 ? (
        <p>{t('contacts.empty')}</p>
      ) : (
        <ContactsTable contacts={contacts.data} canWrite={canWrite} canPrivacy={canPrivacy} onAction={onAction} />
      )}
      {editing && (
        <div className="subsection">
          <h3 className="utrecht-heading-3">
            {editing.mode === 'add'
              ? t('contacts.addTitle')
              : t('contacts.editTitle', { name: editing.contact.name ?? '' })}
          </h3>
          {editing.mode === 'add' ? (
            <ContactForm
              companyId={companyId}
              saving={creation.isPending}
              error={creation.error}
              onCancel={() => setEditing(null)}
              onSubmit={(body) =>
                creation.mutate(body, {
                  onSuccess: (contact) => {
                    setEditing(null);
                    setNotice(t('contacts.added', { name: contact.name ?? '' }));
                  },
                })
              }
            />
          ) : (
            <ContactForm
              // a reloaded version starts a fresh form
              key={`${editing.contact.id}-${editing.contact.version}`}
              companyId={companyId}
              contact={editing.contact}
              saving={update.isPending}
              error={update.error}
              onReload={() => void reloadEdited(editing.contact.id)}
              onCancel={() => setEditing(null)}
              onSubmit={(body) =>
                update.mutate(
                  { contact: editing.contact, body },
                  {
                    onSuccess: (contact) => {
                      setEditing(null);
                      setNotice(t('contacts.updated', { name: contact.name ?? '' }));
                    },
                  },
                )
              }
            />
          )}
        </div>
      )}
      <ConfirmDialog
        open={toErase !== null}
        title={t('contacts.eraseTitle')}
        message={t('contacts.eraseConfirm', { name: toErase?.name ?? '' })}
        confirmLabel={t('contacts.eraseButton')}
        busy={erasure.isPending}
        onConfirm={confirmErase}
        onCancel={() => setToErase(null)}
      />
    </section>
  );
}
