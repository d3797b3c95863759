// Referrals as a table. In the inbox, open ones can be accepted or declined and accepted ones
// marked done.
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
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
    <tr className="utrecht-table__row">
      <th scope="row" className="utrecht-table__header-cell row-header">
        <Link className="utrecht-link" to={`/companies/${referral.companyId}`}>
          {companyName}
        </Link>
        {referral.contactName && (
          <span className="cell-secondary">{t('referrals.contactPerson', { name: referral.contactName })}</span>
        )}
      </th>
      <td className="utrecht-table__cell">{format.day(referral.createdAt)}</td>
      <td className="utrecht-table__cell">{partners.nameOf(referral.fromPartnerId)}</td>
      <td className="utrecht-table__cell">{partners.nameOf(referral.toPartnerId)}</td>
      <td className="utrecht-table__cell">{referral.reason}</td>
      <td className="utrecht-table__cell">
        <span className={`badge badge--${referral.status.toLowerCase()}`}>{t(`enums.referralStatus.${referral.status}`)}</span>
        {referral.responseNote && <span className="cell-secondary">{referral.responseNote}</span>}
      </td>
      {canRespond && (
        <td className="utrecht-table__cell">
          <div className="row-actions">
            {actionsFor(referral).map((action) => (
              <Button key={action} appearance="subtle" onClick={() => onAction(referral, action, companyName)}>
                {t(`referrals.${action}`)}
                {' '}<span className="visually-hidden">{companyName}</span>
              </Button>
            ))}
          </div>
        </td>
      )}
    </tr>
  );
}

export function ReferralsTable({ caption, referrals, canRespond, onAction }: ReferralsTableProps) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <div className="utrecht-table-container table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table">
        <caption id={captionId} className="utrecht-table__caption visually-hidden">
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('referrals.fields.company')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('referrals.fields.date')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('referrals.fields.from')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('referrals.fields.to')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('referrals.fields.reason')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('referrals.fields.status')}</th>
            {canRespond && <th scope="col" className="utrecht-table__header-cell">{t('common.actions')}</th>}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {referrals.map((referral) => (
            <ReferralRow key={referral.id} referral={referral} canRespond={canRespond} onAction={onAction} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
