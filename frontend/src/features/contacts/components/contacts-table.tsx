// Contact persons of a company with their consent; erased persons are marked and have no actions.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
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
  const captionId = useId();
  // names only: until the directory is there, the line waits rather than showing numbers
  const sharedWith = (contact: Contact) =>
    partners.isSuccess ? contact.sharedWithPartnerIds.map((id) => partners.nameOf(id)).join(', ') : '';
  const hasActions = canWrite || canPrivacy;
  return (
    <div className="utrecht-table-container table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table">
        <caption id={captionId} className="utrecht-table__caption visually-hidden">
          {t('contacts.tableCaption')}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('contacts.fields.name')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('contacts.fields.contact')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('contacts.fields.consent')}</th>
            {hasActions && <th scope="col" className="utrecht-table__header-cell">{t('common.actions')}</th>}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {contacts.map((contact) => {
            const name = contact.name || t('contacts.hiddenName');
            return (
              <tr key={contact.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell row-header">
                  {contact.erased ? <span className="badge">{t('contacts.erasedLabel')}</span> : name}
                  {contact.jobTitle && <span className="cell-secondary">{contact.jobTitle}</span>}
                </th>
                <td className="utrecht-table__cell">
                  {contact.email && (
                    <a className="utrecht-link" href={`mailto:${contact.email}`}>
                      {contact.email}
                    </a>
                  )}
                  {contact.phone && <span className="cell-secondary">{contact.phone}</span>}
                  {!contact.email && !contact.phone && t('common.none')}
                </td>
                <td className="utrecht-table__cell">
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
                </td>
                {hasActions && (
                  <td className="utrecht-table__cell">
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
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
