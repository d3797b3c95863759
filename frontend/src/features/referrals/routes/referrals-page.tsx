// /referrals — the received (inbox) and sent (outbox) referrals, in tabs, filtered by status;
// admin and staff pick whose boxes they look at. Inbox items are accepted, declined or closed here.
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { DownloadButtons } from '@/components/download-buttons';
import { SelectField } from '@/components/form/fields';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { ProblemAlert } from '@/components/problem-alert';
import { StatusMessage } from '@/components/status-message';
import { Tabs } from '@/components/tabs';
import { usePageTitle } from '@/components/use-page-title';
import { useActingPartner, useCan } from '@/shared/authorization';
import { REFERRAL_STATUSES, oneOf, type ReferralStatus } from '@/shared/enums';
import { usePartnerDirectory } from '@/shared/reference/partners';
import { exportReferrals } from '@/features/referrals/api/export-referrals';
import { useReferrals } from '@/features/referrals/api/get-referrals';
import type { Box } from '@/features/referrals/api/types';
import { RespondDialog, type Responding } from '@/features/referrals/components/respond-dialog';
import { ReferralsTable } from '@/features/referrals/components/referrals-table';

const PAGE_SIZE = 20;

export function ReferralsRoute() {
  const { t } = useTranslation();
  usePageTitle(t('referrals.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const box: Box = searchParams.get('box') === 'outbox' ? 'OUTBOX' : 'INBOX';
  const status = oneOf<ReferralStatus>(REFERRAL_STATUSES, searchParams.get('status'));
  const partnerParam = Number(searchParams.get('partner'));
  const partnerId = Number.isInteger(partnerParam) && partnerParam > 0 ? partnerParam : undefined;
  const pageParam = Number.parseInt(searchParams.get('page') ?? '1', 10);
  const page = Number.isFinite(pageParam) && pageParam > 1 ? pageParam - 1 : 0;

  const { actsForNetwork } = useActingPartner();
  const canRespond = useCan('referrals:write') && box === 'INBOX';
  const { partners } = usePartnerDirectory();
  const referrals = useReferrals({ box, status, partnerId: actsForNetwork ? partnerId : undefined, page, size: PAGE_SIZE });
  const [responding, setResponding] = useState<Responding | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in changes)) next.delete('page');
    setNotice(null);
    setSearchParams(next);
  };

  return (
    <>
      <h1 className="utrecht-heading-1">{t('referrals.title')}</h1>
      <p className="lead">{t('referrals.intro')}</p>
      <StatusMessage message={notice} />
      <div className="filters">
        <SelectField
          label={t('referrals.statusFilter')}
          name="status"
          placeholder={t('referrals.allStatuses')}
          options={REFERRAL_STATUSES.map((value) => ({ value, label: t(`enums.referralStatus.${value}`) }))}
          value={status ?? ''}
          onChange={(event) => update({ status: event.target.value })}
        />
        {actsForNetwork && (
          <SelectField
            label={t('referrals.partnerFilter')}
            name="partner"
            placeholder={t('referrals.allPartners')}
            options={partners.map((partner) => ({ value: String(partner.id), label: partner.name }))}
            value={partnerId === undefined ? '' : String(partnerId)}
            onChange={(event) => update({ partner: event.target.value })}
          />
        )}
      </div>
      <Tabs
        label={t('referrals.boxes')}
        tabs={[
          { value: 'INBOX', label: t('referrals.inbox') },
          { value: 'OUTBOX', label: t('referrals.outbox') },
        ]}
        value={box}
        onChange={(value) => update({ box: value === 'OUTBOX' ? 'outbox' : undefined })}
      >
        {referrals.isPending ? (
          <Loading shape="table" />
        ) : referrals.isError ? (
          <ProblemAlert error={referrals.error} />
        ) : referrals.data.items.length === 0 ? (
          <p>{t('referrals.empty')}</p>
        ) : (
          <>
            <ReferralsTable
              caption={box === 'INBOX' ? t('referrals.captionInbox') : t('referrals.captionOutbox')}
              referrals={referrals.data.items}
              canRespond={canRespond}
              onAction={(referral, action, companyName) => {
                setNotice(null);
                setResponding({ referral, action, companyName });
              }}
            />
            <Pagination
              page={referrals.data.page}
              size={referrals.data.size}
              total={referrals.data.total}
              onPageChange={(next) => update({ page: next > 0 ? String(next + 1) : undefined })}
            />
            <DownloadButtons
              what={box === 'INBOX' ? t('referrals.captionInbox') : t('referrals.captionOutbox')}
              download={(format, language) =>
                exportReferrals({ box, status, partnerId: actsForNetwork ? partnerId : undefined }, format, language)
              }
            />
          </>
        )}
      </Tabs>
      <RespondDialog
        responding={responding}
        onCancel={() => setResponding(null)}
        onDone={(message) => {
          setResponding(null);
          setNotice(message);
        }}
      />
    </>
  );
}
