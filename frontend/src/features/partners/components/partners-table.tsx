// The partner list as a table; it scrolls sideways inside its own box on narrow screens.
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { Cell, RowHeader, Table, TableRow } from '@/components/table';
import type { Partner } from '@/features/partners/api/types';

interface PartnersTableProps {
  partners: Partner[];
  canWrite: boolean;
  canDelete: boolean;
  onDelete: (partner: Partner) => void;
}

export function PartnersTable({ partners, canWrite, canDelete, onDelete }: PartnersTableProps) {
  const { t } = useTranslation();
  return (
    <Table
      caption={t('partners.tableCaption')}
      columns={[
        t('partners.fields.name'),
        t('partners.fields.kind'),
        t('partners.fields.website'),
        t('partners.fields.status'),
        (canWrite || canDelete) && t('common.actions'),
      ]}
    >
      {partners.map((partner) => (
        <TableRow key={partner.id}>
          <RowHeader>
            <Link className="utrecht-link" to={`/partners/${partner.id}`}>
              {partner.name}
            </Link>
            {partner.email && <span className="cell-secondary">{partner.email}</span>}
          </RowHeader>
          <Cell>{t(`partners.kind.${partner.kind}`)}</Cell>
          <Cell>
            {partner.website ? (
              <a className="utrecht-link" href={partner.website} rel="noreferrer">
                {partner.website.replace(/^https?:\/\//, '')}
              </a>
            ) : (
              t('common.none')
            )}
          </Cell>
          <Cell>
            <span className={partner.active ? 'badge badge--ok' : 'badge'}>
              {partner.active ? t('partners.status.active') : t('partners.status.inactive')}
            </span>
          </Cell>
          {(canWrite || canDelete) && (
            <Cell>
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
            </Cell>
          )}
        </TableRow>
      ))}
    </Table>
  );
}
