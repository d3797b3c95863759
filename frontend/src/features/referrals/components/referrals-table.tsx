// Referrals as a table. In the inbox, open ones can be accepted or declined and accepted ones
// marked done.
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { Cell, RowHeader, Table, TableRow } from '@/components/table';
import { useFormat } from '@/lib/format';
import { usePartnerDirectory } from '@/shared/reference/partners';
import type { Referral } from '@/features/referrals/api/types';

export type ReferralAction = 'accept' | 'decline' | 'complete';

/** The actions the receiving side can take on a referral in its current status. */
export function actionsFor(referral: Referral): ReferralAction[] {
  if (referral.status === 'OPEN') return ['accept', 'decline'];
  if (referral.status === 'ACCEPTED') return ['complete'];
  return [];
}

interface ReferralsTableProps {
  caption: string;
  referrals: Referral[];
  /** Inbox with the right to respond: show the actions. */
  canRespond: boolean;
  onAction: (referral: Referral, action: ReferralAction, companyName: string) => void;
}

function ReferralRow({ referral, canRespond, onAction }: Omit<ReferralsTableProps, 'caption' | 'referrals'> & { referral: Referral }) {
  const { t } = useTranslation();
  const format = useFormat();
  const partners = usePartnerDirectory();
  const companyName = referral.companyName ?? t('reference.company');
  return (
    <TableRow>
      <RowHeader>
        <Link className="utrecht-link" to={`/companies/${referral.companyId}`}>
          {companyName}
        </Link>
        {referral.contactName && (
          <span className="cell-secondary">{t('referrals.contactPerson', { name: referral.contactName })}</span>
        )}
      </RowHeader>
      <Cell>{format.day(referral.createdAt)}</Cell>
      <Cell>{partners.nameOf(referral.fromPartnerId)}</Cell>
      <Cell>{partners.nameOf(referral.toPartnerId)}</Cell>
      <Cell>{referral.reason}</Cell>
      <Cell>
        <span className={`badge badge--${referral.status.toLowerCase()}`}>{t(`enums.referralStatus.${referral.status}`)}</span>
        {referral.responseNote && <span className="cell-secondary">{referral.responseNote}</span>}
      </Cell>
      {canRespond && (
        <Cell>
          <div className="row-actions">
            {actionsFor(referral).map((action) => (
              <Button key={action} appearance="subtle" onClick={() => onAction(referral, action, companyName)}>
                {t(`referrals.${action}`)}
                {' '}<span className="visually-hidden">{companyName}</span>
              </Button>
            ))}
          </div>
        </Cell>
      )}
    </TableRow>
  );
}

export function ReferralsTable({ caption, referrals, canRespond, onAction }: ReferralsTableProps) {
  const { t } = useTranslation();
  return (
    <Table
      caption={caption}
      columns={[
        t('referrals.fields.company'),
        t('referrals.fields.date'),
        t('referrals.fields.from'),
        t('referrals.fields.to'),
        t('referrals.fields.reason'),
        t('referrals.fields.status'),
        canRespond && t('common.actions'),
      ]}
    >
      {referrals.map((referral) => (
        <ReferralRow key={referral.id} referral={referral} canRespond={canRespond} onAction={onAction} />
      ))}
    </Table>
  );
}
