// The delivery log of one subscription: newest first, each message with its attempts (time,
// answer or error, duration, the start of the answer) and a button to send it again.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { ProblemAlert } from '@/components/problem-alert';
import { Cell, RowHeader, Table, TableRow } from '@/components/table';
import { useFormat } from '@/lib/format';
import { useDeliveries } from '@/features/webhooks/api/get-deliveries';
import { useResendDelivery } from '@/features/webhooks/api/resend-delivery';
import type { WebhookAttempt } from '@/features/webhooks/api/types';
import { eventTypeLabel } from '@/features/webhooks/utils/event-types';

interface DeliveriesLogProps {
  subscriptionId: number;
  url: string;
  onNotice: (message: string) => void;
}

export function DeliveriesLog({ subscriptionId, url, onNotice }: DeliveriesLogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [page, setPage] = useState(0);
  const deliveries = useDeliveries(subscriptionId, page);
  const resend = useResendDelivery();

  if (deliveries.isPending) return <Loading shape="table" />;
  if (deliveries.isError) return <ProblemAlert error={deliveries.error} />;
  if (deliveries.data.items.length === 0) return <p>{t('webhooks.deliveries.empty')}</p>;

  const attemptText = (attempt: WebhookAttempt) =>
    t('webhooks.deliveries.attempt', {
      at: format.date(attempt.at),
      result:
        attempt.statusCode !== undefined && attempt.statusCode !== null
          ? t('webhooks.deliveries.httpStatus', { code: attempt.statusCode })
          : t('webhooks.deliveries.noAnswer'),
      ms: format.number(attempt.durationMs),
    });

  return (
    <>
      <ProblemAlert error={resend.error} />
      <Table
        caption={t('webhooks.deliveries.caption', { url })}
        captionVisible
        columns={[
          t('webhooks.deliveries.event'),
          t('webhooks.deliveries.status'),
          t('webhooks.deliveries.attempts'),
          t('webhooks.deliveries.actions'),
        ]}
      >
        {deliveries.data.items.map((delivery) => {
          const label = eventTypeLabel(t, delivery.eventType);
          return (
            <TableRow key={delivery.id}>
              <RowHeader>
                {label ?? delivery.eventType}
                <div className="cell-secondary">{format.date(delivery.createdAt)}</div>
              </RowHeader>
              <Cell>
                {t(`webhooks.deliveries.state.${delivery.state}`)}
                {delivery.state === 'PENDING' && delivery.nextAttemptAt && (
                  <div className="cell-secondary">{t('webhooks.deliveries.next', { at: format.date(delivery.nextAttemptAt) })}</div>
                )}
              </Cell>
              <Cell>
                <ol className="attempt-list" aria-label={t('webhooks.deliveries.showAttempts', { id: delivery.eventId })}>
                  {delivery.attempts.map((attempt, index) => (
                    <li key={index}>
                      {attemptText(attempt)}
                      {attempt.error && (
                        <div>
                          {t('webhooks.deliveries.error')}: {attempt.error}
                        </div>
                      )}
                      {attempt.responseExcerpt && (
                        <details>
                          <summary>{t('webhooks.deliveries.answer')}</summary>
                          <pre className="response-excerpt">{attempt.responseExcerpt}</pre>
                        </details>
                      )}
                    </li>
                  ))}
                </ol>
              </Cell>
              <Cell>
                <Button
                  disabled={resend.isPending}
                  onClick={() =>
                    resend.mutate(
                      { subscriptionId, deliveryId: delivery.id },
                      { onSuccess: () => onNotice(t('webhooks.resent')) },
                    )
                  }
                >
                  {t('webhooks.deliveries.resend')}
                </Button>
              </Cell>
            </TableRow>
          );
        })}
      </Table>
      <Pagination
        page={deliveries.data.page}
        size={deliveries.data.size}
        total={deliveries.data.total}
        label={t('webhooks.deliveries.pagination', { url })}
        onPageChange={setPage}
      />
    </>
  );
}
