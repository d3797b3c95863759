// Every stage record of the company, newest first; withdrawn ones stay, marked as withdrawn.
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { Cell, RowHeader, Table, TableRow } from '@/components/table';
import { useFormat } from '@/lib/format';
import { usePartnerDirectory } from '@/shared/reference/partners';
import { useProgrammeDirectory, useStageDirectory } from '@/shared/reference/programmes';
import type { StageRecord } from '@/features/funnel/api/types';

interface StageRecordsTableProps {
  records: StageRecord[];
  canWithdraw: (record: StageRecord) => boolean;
  onWithdraw: (record: StageRecord, stageName: string) => void;
}

export function StageRecordsTable({ records, canWithdraw, onWithdraw }: StageRecordsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const partners = usePartnerDirectory();
  const programmes = useProgrammeDirectory();
  const stages = useStageDirectory(records.map((record) => record.programmeId));
  const withActions = records.some(canWithdraw);
  return (
    <Table
      caption={t('funnel.records.caption')}
      columns={[
        t('funnel.records.stage'),
        t('funnel.records.reachedAt'),
        t('funnel.records.source'),
        t('funnel.records.credited'),
        t('funnel.records.status'),
        withActions && t('common.actions'),
      ]}
    >
      {records.map((record) => {
        const stageName = stages.labelOf(record.stageId);
        const withdrawn = record.withdrawnAt != null;
        return (
          <TableRow key={record.id} className={withdrawn ? 'row--withdrawn' : undefined}>
            <RowHeader>
              {withdrawn ? <del>{stageName}</del> : stageName}
              <span className="cell-secondary">{programmes.nameOf(record.programmeId)}</span>
            </RowHeader>
            <Cell>{format.day(record.reachedAt)}</Cell>
            <Cell>{t(`enums.stageSource.${record.source}`)}</Cell>
            <Cell>{record.creditedPartnerId == null ? t('common.none') : partners.nameOf(record.creditedPartnerId)}</Cell>
            <Cell>
              {withdrawn ? (
                <>
                  <span className="badge badge--warning">{t('funnel.records.withdrawn')}</span>
                  <span className="cell-secondary">
                    {t('funnel.records.withdrawnInfo', {
                      date: format.day(record.withdrawnAt),
                      // the person's name; records withdrawn before names were kept say "someone"
                      by: record.withdrawnByName ?? t('funnel.records.someone'),
                      reason: record.withdrawalReason ?? '',
                    })}
                  </span>
                </>
              ) : (
                <span className="badge badge--ok">{t('funnel.records.valid')}</span>
              )}
            </Cell>
            {withActions && (
              <Cell>
                {!withdrawn && canWithdraw(record) && (
                  <div className="row-actions">
                    <Button appearance="subtle" onClick={() => onWithdraw(record, stageName)}>
                      {t('funnel.records.withdraw')}{' '}
                      <span className="visually-hidden">
                        {stageName}, {format.day(record.reachedAt)}
                      </span>
                    </Button>
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
