// The partner list as a table; it scrolls sideways inside its own box on narrow screens.
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import type { Partner } from '@/features/partners/api/types';

interface PartnersTableProps {
  partners: Partner[];
  canWrite: boolean;
  canDelete: boolean;
  onDelete: (partner: Partner) => void;
}

export function PartnersTable({ partners, canWrite, canDelete, onDelete }: PartnersTableProps) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <div className="utrecht-table-container table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table">
        <caption id={captionId} className="utrecht-table__caption visually-hidden">
          {t('partners.tableCaption')}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('partners.fields.name')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('partners.fields.kind')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('partners.fields.website')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('partners.fields.status')}</th>
            {(canWrite || canDelete) && (
              <th scope="col" className="utrecht-table__header-cell">{t('common.actions')}</th>
            )}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {partners.map((partner) => (
            <tr key={partner.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell row-header">
                <Link className="utrecht-link" to={`/partners/${partner.id}`}>
                  {partner.name}
                </Link>
                {partner.email && <span className="cell-secondary">{partner.email}</span>}
              </th>
              <td className="utrecht-table__cell">{t(`partners.kind.${partner.kind}`)}</td>
              <td className="utrecht-table__cell">
                {partner.website ? (
                  <a className="utrecht-link" href={partner.website} rel="noreferrer">
                    {partner.website.replace(/^https?:\/\//, '')}
                  </a>
                ) : (
                  t('common.none')
                )}
              </td>
              <td className="utrecht-table__cell">
                <span className={partner.active ? 'badge badge--ok' : 'badge'}>
                  {partner.active ? t('partners.status.active') : t('partners.status.inactive')}
                </span>
              </td>
              {(canWrite || canDelete) && (
                <td className="utrecht-table__cell">
                  <div className="row-actions">
                    {canWrite && (
                      <Link className="utrecht-link" to={`/partners/${partner.id}/edit`}>
                        {t('common.edit')}
                        {' '}<span className="visually-hidden">{partner.name}</span>
                      </Link>
                    )}
                    {canDelete && (
                      <Button appearance="subtle" onClick={() => onDelete(partner)}>
                        {t('common.delete')}
                        {' '}<span className="visually-hidden">{partner.name}</span>
                      </Button>
                    )}
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
