// The latest imports (a partner's own; every import for staff), so a user can go back to one
// that waits for confirmation, follow one that runs, or read a result again.
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { Cell, RowHeader, Table, TableRow } from '@/components/table';
import { useActingPartner } from '@/shared/authorization';
import { useFormat } from '@/lib/format';
import { useImports } from '@/features/imports/api/get-imports';
import { isFinished, type ImportJob } from '@/features/imports/api/types';

const SHOWN = 10;

function Outcome({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  if (isFinished(job) || job.state === 'RUNNING') return <>{t('imports.earlier.outcomeText', { ...job.result })}</>;
  return (
    <>
      {t('imports.earlier.previewText', {
        rows: t('imports.preview.rows', { count: job.totalRows }),
        rejected: job.preview.rejected,
      })}
    </>
  );
}

export function EarlierImports() {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const imports = useImports(SHOWN);
  // staff sees every partner's imports and needs to know whose; a partner sees only its own
  const { actsForNetwork } = useActingPartner();
  return (
    <section className="section" aria-labelledby={titleId}>
      <h2 id={titleId} className="utrecht-heading-2">
        {t('imports.earlier.title')}
      </h2>
      {imports.isPending ? (
        <Loading shape="table" />
      ) : imports.isError ? (
        <ProblemAlert error={imports.error} />
      ) : imports.data.items.length === 0 ? (
        <p>{t('imports.earlier.empty')}</p>
      ) : (
        <Table caption={t('imports.earlier.caption')} className="earlier-imports" columns={[t('imports.earlier.file'), t('imports.earlier.state')]}>
          {imports.data.items.map((job) => (
            <TableRow key={job.id}>
              <RowHeader>
                <Link className="utrecht-link earlier-imports__file" to={`/imports/${job.id}`}>
                  {job.fileName}
                </Link>
                <span className="cell-secondary">
                  {[t(`imports.kind.${job.kind}`), format.date(job.createdAt), actsForNetwork && job.partnerName && t('imports.earlier.byPartner', { partner: job.partnerName })]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </RowHeader>
              <Cell>
                {t(`imports.state.${job.state}`)}
                <span className="cell-secondary">
                  <Outcome job={job} />
                </span>
              </Cell>
            </TableRow>
          ))}
        </Table>
      )}
    </section>
  );
}
