// Contact persons of a company with their consent; erased persons are marked and have no actions.
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { Cell, RowHeader, Table, TableRow } from '@/components/table';
import { useFormat } from '@/lib/format';
import { usePartnerDirectory } from '@/shared/reference/partners';
import type { Contact } from '@/features/contacts/api/types';

export type ContactAction = 'edit' | 'export' | 'erase';

interface ContactsTableProps {
  contacts: Contact[];
  canWrite: boolean;
  canPrivacy: boolean;
  onAction: (contact: Contact, action: ContactAction) => void;
}

export function ContactsTable({ contacts, canWrite, canPrivacy, onAction }: ContactsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const partners = usePartnerDirectory();
  // names only: until the directory is there, the line waits rather than showing numbers
  const sharedWith = (contact: Contact) =>
    partners.isSuccess ? contact.sharedWithPartnerIds.map((id) => partners.nameOf(id)).join(', ') : '';
  const hasActions = canWrite || canPrivacy;
  return (
    <Table
      caption={t('contacts.tableCaption')}
      columns={[t('contacts.fields.name'), t('contacts.fields.contact'), t('contacts.fields.consent'), hasActions && t('common.actions')]}
    >
      {contacts.map((contact) => {
        const name = contact.name || t('contacts.hiddenName');
        return (
          <TableRow key={contact.id}>
            <RowHeader>
              {contact.erased ? <span className="badge">{t('contacts.erasedLabel')}</span> : name}
              {contact.jobTitle && <span className="cell-secondary">{contact.jobTitle}</span>}
            </RowHeader>
            <Cell>
              {contact.email && (
                <a className="utrecht-link" href={`mailto:${contact.email}`}>
                  {contact.email}
                </a>
              )}
              {contact.phone && <span className="cell-secondary">{contact.phone}</span>}
              {!contact.email && !contact.phone && t('common.none')}
            </Cell>
            <Cell>
              {contact.consentPurpose || contact.consentSource || contact.consentGivenAt ? (
                <>
                  {contact.consentPurpose}
                  <span className="cell-secondary">
                    {[
                      contact.consentSource && t('contacts.consentVia', { source: contact.consentSource }),
                      format.day(contact.consentGivenAt),
                    ]
                      .filter(Boolean)
                      .join(', ')}
                  </span>
                </>
              ) : (
                t('contacts.consentNone')
              )}
              {sharedWith(contact) && (
                <span className="cell-secondary">{t('contacts.sharing.sharedWith', { partners: sharedWith(contact) })}</span>
              )}
            </Cell>
            {hasActions && (
              <Cell>
                {!contact.erased && (
                  <div className="row-actions">
                    {canWrite && (
                      <Button appearance="subtle" onClick={() => onAction(contact, 'edit')}>
                        {t('common.edit')}
                        {' '}<span className="visually-hidden">{name}</span>
                      </Button>
                    )}
                    {canPrivacy && (
                      <>
                        <Button appearance="subtle" onClick={() => onAction(contact, 'export')}>
                          {t('contacts.export')}
                          {' '}<span className="visually-hidden">{name}</span>
                        </Button>
                        <Button appearance="subtle" onClick={() => onAction(contact, 'erase')}>
                          {t('contacts.erase')}
                          {' '}<span className="visually-hidden">{name}</span>
                        </Button>
                      </>
                    )}
                  </div>
                )}
              </Cell>
            )}
          </TableRow>
        );
      })}
    </Table>
  );
}
