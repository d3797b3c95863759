// The retention rule for admins: what it is, when it runs, what a run now would do (a dry run)
// and what the last runs did — and a button to apply it now.
import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { StatusMessage } from '@/components/status-message';
import { Cell, RowHeader, Table, TableRow } from '@/components/table';
import { usePageTitle } from '@/components/use-page-title';
import { useFormat } from '@/lib/format';
import { useRetention, useRunRetention, type RetentionRun } from '@/features/retention/api/retention';

export function RetentionRoute() {
  const { t } = useTranslation();
  usePageTitle(t('retention.title'));
  const format = useFormat();
  const overview = useRetention();
  const run = useRunRetention();
  const [confirming, setConfirming] = useState(false);
  const dueId = useId();
  const runsId = useId();

  if (overview.isPending) return <Loading shape="table" />;
  if (overview.isError) return <ProblemAlert error={overview.error} />;
  const { data } = overview;

  return (
    <>
      <h1 className="utrecht-heading-1">{t('retention.title')}</h1>
      <p className="page-intro">{t('retention.rule', { count: data.inactiveMonths })}</p>
      <p>
        {data.scheduled && data.nextRunAt
          ? t('retention.scheduled', { date: format.date(data.nextRunAt) })
          : t('retention.notScheduled')}
      </p>
      <StatusMessage message={run.isSuccess ? t('retention.done', { count: run.data.anonymised }) : null} />
      {run.isError && <ProblemAlert error={run.error} />}

      <section className="section" aria-labelledby={dueId}>
        <h2 id={dueId} className="utrecht-heading-2">
          {t('retention.dueTitle')}
        </h2>
        {data.due === 0 ? (
          <p>{t('retention.noneDue')}</p>
        ) : (
          <>
            <p>
              {t('retention.due', { count: data.due })}{' '}
              {data.due > data.firstDue.length && t('retention.firstShown', { count: data.firstDue.length })}
            </p>
            <Button appearance="danger" onClick={() => setConfirming(true)} busy={run.isPending}>
              {t('retention.runNow')}
            </Button>
            <Table caption={t('retention.dueCaption')} columns={[t('retention.person'), t('retention.company'), t('retention.lastSeen')]}>
              {data.firstDue.map((person) => (
                <TableRow key={person.contactId}>
                  <RowHeader>{person.name ?? t('common.none')}</RowHeader>
                  <Cell>
                    <Link className="utrecht-link" to={`/companies/${person.companyId}`}>
                      {person.companyName}
                    </Link>
                  </Cell>
                  <Cell>{format.day(person.lastSeenAt)}</Cell>
                </TableRow>
              ))}
            </Table>
          </>
        )}
      </section>

      <section className="section" aria-labelledby={runsId}>
        <h2 id={runsId} className="utrecht-heading-2">
          {t('retention.runsTitle')}
        </h2>
        {data.lastRuns.length === 0 ? (
          <p>{t('retention.noRuns')}</p>
        ) : (
          <ul className="retention-runs">
            {data.lastRuns.map((last) => (
              <li key={last.id}>
                <RunLine run={last} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <ConfirmDialog
        open={confirming}
        title={t('retention.confirmTitle')}
        message={t('retention.confirmMessage', { count: data.due })}
        confirmLabel={t('retention.runNow')}
        busy={run.isPending}
        onConfirm={() => run.mutate(undefined, { onSettled: () => setConfirming(false) })}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}

function RunLine({ run }: { run: RetentionRun }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      {format.date(run.startedAt)}
      {' · '}
      {/* a person by name, never by account; a run from before names were kept by its role */}
      {run.trigger === 'SCHEDULE' ? t('retention.bySchedule') : (run.triggeredByName ?? t('retention.byAnAdmin'))}
      {' · '}
      {run.error ? t('retention.failed') : t('retention.anonymised', { count: run.anonymised })}
    </>
  );
}
