// The company's funnel: position per programme, the stage records behind it (withdraw one with
// a reason) and a form to record a stage by hand.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { PromptDialog } from '@/components/prompt-dialog';
import { StatusMessage } from '@/components/status-message';
import { useActingPartner, useCan } from '@/shared/authorization';
import { useFormat } from '@/lib/format';
import { useCompanyFunnel } from '@/features/funnel/api/get-company-funnel';
import { useStageRecords } from '@/features/funnel/api/get-stage-records';
import { useRecordStage } from '@/features/funnel/api/record-stage';
import type { StageRecord } from '@/features/funnel/api/types';
import { useWithdrawStageRecord } from '@/features/funnel/api/withdraw-stage-record';
import { FunnelPositions } from '@/features/funnel/components/funnel-positions';
import { RecordStageForm } from '@/features/funnel/components/record-stage-form';
import { StageRecordsTable } from '@/features/funnel/components/stage-records-table';

export function FunnelSection({ companyId }: { companyId: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const funnel = useCompanyFunnel(companyId);
  const records = useStageRecords(companyId);
  const canRecord = useCan('stage-records:write');
  const canWithdrawAny = useCan('stage-records:withdraw-any');
  const { actsForNetwork, ownPartnerId } = useActingPartner();
  const recording = useRecordStage();
  const withdrawal = useWithdrawStageRecord();
  const [adding, setAdding] = useState(false);
  const [toWithdraw, setToWithdraw] = useState<{ record: StageRecord; stageName: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const canWithdraw = (record: StageRecord) =>
    canWithdrawAny || (ownPartnerId !== undefined && record.creditedPartnerId === ownPartnerId);

  const confirmWithdraw = (reason: string) => {
    if (!toWithdraw) return;
    const { record, stageName } = toWithdraw;
    withdrawal.mutate(
      { id: record.id, reason },
      {
        onSuccess: () => {
          setToWithdraw(null);
          setNotice(t('funnel.records.withdrawnNotice', { stage: stageName }));
        },
      },
    );
  };

  return (
    <section className="section" aria-labelledby="funnel-title" id="funnel">
      <div className="page-heading">
        <h2 id="funnel-title" className="utrecht-heading-2">
          {t('funnel.title')}
        </h2>
        {canRecord && !adding && (
          <Button
            onClick={() => {
              recording.reset();
              setNotice(null);
              setAdding(true);
            }}
          >
            {t('funnel.record')}
          </Button>
        )}
      </div>
      <p>{t('funnel.intro')}</p>
      <StatusMessage message={notice} />
      {adding && (
        <div className="subsection">
          <h3 className="utrecht-heading-3">{t('funnel.recordTitle')}</h3>
          <RecordStageForm
            companyId={companyId}
            actsForNetwork={actsForNetwork}
            ownPartnerId={ownPartnerId}
            saving={recording.isPending}
            error={recording.error}
            onCancel={() => setAdding(false)}
            onSubmit={(request, stageName) =>
              recording.mutate(request, {
                onSuccess: () => {
                  setAdding(false);
                  setNotice(t('funnel.recorded', { stage: stageName }));
                },
              })
            }
          />
        </div>
      )}
      {funnel.isPending ? (
        <Loading />
      ) : funnel.isError ? (
        <ProblemAlert error={funnel.error} />
      ) : funnel.data.length === 0 ? (
        <p>{t('funnel.empty')}</p>
      ) : (
        <FunnelPositions positions={funnel.data} />
      )}
      <h3 className="utrecht-heading-3 section-subheading">{t('funnel.records.title')}</h3>
      {records.isPending ? (
        <Loading />
      ) : records.isError ? (
        <ProblemAlert error={records.error} />
      ) : records.data.length === 0 ? (
        <p>{t('funnel.records.empty')}</p>
      ) : (
        <StageRecordsTable
          records={records.data}
          canWithdraw={canWithdraw}
          onWithdraw={(record, stageName) => {
            withdrawal.reset();
            setToWithdraw({ record, stageName });
          }}
        />
      )}
      <PromptDialog
        open={toWithdraw !== null}
        title={t('funnel.records.withdrawTitle')}
        message={t('funnel.records.withdrawMessage', {
          stage: toWithdraw?.stageName ?? '',
          date: format.day(toWithdraw?.record.reachedAt),
        })}
        label={t('funnel.records.withdrawReason')}
        confirmLabel={t('funnel.records.withdrawButton')}
        required
        danger
        busy={withdrawal.isPending}
        error={withdrawal.error}
        onConfirm={confirmWithdraw}
        onCancel={() => setToWithdraw(null)}
      />
    </section>
  );
}
