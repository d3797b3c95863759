// The latest imports (a partner's own; every import for staff), so a user can go back to one
// that waits for confirmation, follow one that runs, or read a result again.
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
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
  const captionId = useId();
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
        <div className="utrecht-table-container table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="utrecht-table utrecht-table--html-table earlier-imports">
            <caption id={captionId} className="utrecht-table__caption visually-hidden">{t('imports.earlier.caption')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">{t('imports.earlier.file')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('imports.earlier.state')}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {imports.data.items.map((job) => (
                <tr key={job.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell row-header">
                    <Link className="utrecht-link earlier-imports__file" to={`/imports/${job.id}`}>
                      {job.fileName}
                    </Link>
                    <span className="cell-secondary">
                      {[t(`imports.kind.${job.kind}`), format.date(job.createdAt), actsForNetwork && job.partnerName && t('imports.earlier.byPartner', { partner: job.partnerName })]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </th>
                  <td className="utrecht-table__cell">
                    {t(`imports.state.${job.state}`)}
                    <span className="cell-secondary">
                      <Outcome job={job} />
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
