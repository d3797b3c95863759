// Every stage record of the company, newest first; withdrawn ones stay, marked as withdrawn.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
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
  const captionId = useId();
  const partners = usePartnerDirectory();
  const programmes = useProgrammeDirectory();
  const stages = useStageDirectory(records.map((record) => record.programmeId));
  const withActions = records.some(canWithdraw);
  return (
    <div className="utrecht-table-container table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table">
        <caption id={captionId} className="utrecht-table__caption visually-hidden">
          {t('funnel.records.caption')}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('funnel.records.stage')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('funnel.records.reachedAt')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('funnel.records.source')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('funnel.records.credited')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('funnel.records.status')}</th>
            {withActions && <th scope="col" className="utrecht-table__header-cell">{t('common.actions')}</th>}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {records.map((record) => {
            const stageName = stages.labelOf(record.stageId);
            const withdrawn = record.withdrawnAt != null;
            return (
              <tr key={record.id} className={withdrawn ? 'utrecht-table__row row--withdrawn' : 'utrecht-table__row'}>
                <th scope="row" className="utrecht-table__header-cell row-header">
                  {withdrawn ? <del>{stageName}</del> : stageName}
                  <span className="cell-secondary">{programmes.nameOf(record.programmeId)}</span>
                </th>
                <td className="utrecht-table__cell">{format.day(record.reachedAt)}</td>
                <td className="utrecht-table__cell">{t(`enums.stageSource.${record.source}`)}</td>
                <td className="utrecht-table__cell">
                  {record.creditedPartnerId == null ? t('common.none') : partners.nameOf(record.creditedPartnerId)}
                </td>
                <td className="utrecht-table__cell">
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
                </td>
                {withActions && (
                  <td className="utrecht-table__cell">
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
