// The check-in history of an event: every scan and look-up, with its outcome, who and which device.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { Cell, Table, TableRow } from '@/components/table';
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
        <Table
          caption={t('checkInHistory.caption')}
          columns={[t('checkInHistory.at'), t('checkInHistory.outcome'), t('checkInHistory.person'), t('checkInHistory.device')]}
        >
          {history.data.map((attempt) => (
            <TableRow key={attempt.id}>
              <Cell>
                <time dateTime={attempt.at}>{format.date(attempt.at)}</time>
              </Cell>
              <Cell>{t(`eventEnums.outcome.${attempt.outcome}`)}</Cell>
              <Cell>
                {attempt.registrationId == null ? (
                  t('checkInHistory.unknownTicket')
                ) : (
                  <>
                    {attempt.name ?? t('checkInHistory.erased')}
                    {attempt.companyName && <span className="cell-secondary">{attempt.companyName}</span>}
                  </>
                )}
              </Cell>
              <Cell>{attempt.device ?? t('common.none')}</Cell>
            </TableRow>
          ))}
        </Table>
      )}
    </section>
  );
}
