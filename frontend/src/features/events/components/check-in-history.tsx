// The check-in history of an event: every scan and look-up, with its outcome, who and which device.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useFormat } from '@/lib/format';
import { useCheckIns } from '@/features/events/api/get-check-ins';

export function CheckInHistory({ eventId }: { eventId: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const history = useCheckIns(eventId, true);
  const titleId = useId();
  return (
    <section className="section" aria-labelledby={titleId}>
      <h2 id={titleId} className="utrecht-heading-2">
        {t('checkInHistory.title')}
      </h2>
      {history.isPending ? (
        <Loading shape="table" />
      ) : history.isError ? (
        <ProblemAlert error={history.error} />
      ) : history.data.length === 0 ? (
        <p>{t('checkInHistory.empty')}</p>
      ) : (
        <div className="utrecht-table-container table-scroll" role="region" aria-labelledby={`${titleId}-caption`} tabIndex={0}>
          <table className="utrecht-table utrecht-table--html-table">
            <caption id={`${titleId}-caption`} className="utrecht-table__caption visually-hidden">
              {t('checkInHistory.caption')}
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">{t('checkInHistory.at')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('checkInHistory.outcome')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('checkInHistory.person')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('checkInHistory.device')}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {history.data.map((attempt) => (
                <tr key={attempt.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">
                    <time dateTime={attempt.at}>{format.date(attempt.at)}</time>
                  </td>
                  <td className="utrecht-table__cell">{t(`eventEnums.outcome.${attempt.outcome}`)}</td>
                  <td className="utrecht-table__cell">
                    {attempt.registrationId == null ? (
                      t('checkInHistory.unknownTicket')
                    ) : (
                      <>
                        {attempt.name ?? t('checkInHistory.erased')}
                        {attempt.companyName && <span className="cell-secondary">{attempt.companyName}</span>}
                      </>
                    )}
                  </td>
                  <td className="utrecht-table__cell">{attempt.device ?? t('common.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
