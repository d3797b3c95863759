// Asks for the note with which the receiving partner accepts, declines (note required) or
// closes a referral, and sends it.
import { useTranslation } from 'react-i18next';
import { PromptDialog } from '@/components/prompt-dialog';
import { usePartnerDirectory } from '@/shared/reference/partners';
import { useAcceptReferral } from '@/features/referrals/api/accept-referral';
import { useCompleteReferral } from '@/features/referrals/api/complete-referral';
import { useDeclineReferral } from '@/features/referrals/api/decline-referral';
import type { Referral } from '@/features/referrals/api/types';
import type { ReferralAction } from '@/features/referrals/components/referrals-table';

export interface Responding {
  referral: Referral;
  action: ReferralAction;
  companyName: string;
}

interface RespondDialogProps {
  responding: Responding | null;
  onDone: (message: string) => void;
  onCancel: () => void;
}

export function RespondDialog({ responding, onDone, onCancel }: RespondDialogProps) {
  const { t } = useTranslation();
  const partners = usePartnerDirectory();
  const mutations = { accept: useAcceptReferral(), decline: useDeclineReferral(), complete: useCompleteReferral() };
  const action = responding?.action ?? 'accept';
  const mutation = mutations[action];
  const vars = { company: responding?.companyName ?? '', partner: partners.nameOf(responding?.referral.fromPartnerId) };
  const done = { accept: 'referrals.accepted', decline: 'referrals.declined', complete: 'referrals.completed' } as const;

  return (
    <PromptDialog
      // a fresh form per referral and action
      key={responding ? `${responding.referral.id}-${action}` : 'closed'}
      open={responding !== null}
      title={t(`referrals.${action}Title`)}
      message={t(`referrals.${action}Message`, vars)}
      label={action === 'decline' ? t('referrals.declineNoteLabel') : t('referrals.noteLabel')}
      required={action === 'decline'}
      danger={action === 'decline'}
      confirmLabel={t(`referrals.${action}`)}
      busy={mutation.isPending}
      error={mutation.error}
      onConfirm={(note) => {
        if (!responding) return;
        mutation.mutate(
          { id: responding.referral.id, note },
          { onSuccess: () => onDone(t(done[action], { company: responding.companyName })) },
        );
      }}
      onCancel={() => {
        mutation.reset();
        onCancel();
      }}
    />
  );
}
