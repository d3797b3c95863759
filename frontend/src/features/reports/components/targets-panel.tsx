// Progress to each target: how far, by when, and when it is met at the current pace.
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { useReport } from '@/features/reports/api/get-report';
import type { ProgressReportTarget, ReportFilters } from '@/features/reports/api/types';
import { ExportButtons } from '@/features/reports/components/export-buttons';
import { Panel, QueryState } from '@/features/reports/components/panel';
import { targetHref } from '@/features/reports/utils/links';

interface TargetsPanelProps {
  filters: ReportFilters;
}

export function TargetsPanel({ filters }: TargetsPanelProps) {
  const { t } = useTranslation();
  const progress = useReport('progress', filters);
  const title = t('reports.targets.title');
  return (
    <Panel
      title={title}
      wide
      note={t('reports.panel.wholeProgramme')}
      tools={<ExportButtons report="progress" title={title} filters={filters} />}
    >
      <QueryState query={progress}>
        {(report) =>
          report.targets.length === 0 ? (
            <p>{t('reports.targets.empty')}</p>
          ) : (
            <ul className="targets">
              {report.targets.map((target) => (
                <TargetItem key={target.targetId} target={target} href={targetHref(filters, target)} />
              ))}
            </ul>
          )
        }
      </QueryState>
    </Panel>
  );
}

function TargetItem({ target, href }: { target: ProgressReportTarget; href?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const current = Number(target.current);
  const share = target.targetCount > 0 ? current / target.targetCount : 0;
  const currentText = format.number(current);
  const status = target.reached ? 'reached' : target.onTrack ? 'onTrack' : 'offTrack';
  return (
    <li className="target">
      <div className="target__heading">
        <h3 className="target__name">{target.name}</h3>
        <span className={`badge target__status target__status--${status}`}>{t(`reports.targets.${status}`)}</span>
      </div>
      <p className="target__count">
        {href ? (
          <Link
            className="utrecht-link"
            to={href}
            aria-label={
              // an indicator's number is a sum (jobs, euros), not a number of companies
              target.stageId != null
                ? t('reports.targets.openCompanies', { count: current, name: target.name })
                : t('reports.targets.openOutcomeCompanies', { value: currentText, name: target.name })
            }
          >
            {currentText}
          </Link>
        ) : (
          currentText
        )}{' '}
        {t('reports.targets.ofTarget', { target: format.number(target.targetCount) })}{' '}
        <span className="target__unit">
          {target.indicator
            ? t('reports.targets.unitIndicator', { indicator: t(`enums.indicator.${target.indicator}`) })
            : t('reports.targets.unitCompanies')}
        </span>
        <span className="target__percent"> · {t('reports.targets.percent', { percent: format.percent(share) })}</span>
      </p>
      <div className="target__bar" aria-hidden="true">
        <div className="target__fill" style={{ inlineSize: `${Math.min(100, share * 100)}%` }} />
      </div>
      <p className="target__meta">
        {t('reports.targets.deadline', { date: format.date(target.deadline) })}
        {' · '}
        {target.reached
          ? t('reports.targets.reached')
          : target.projectedDate
            ? t('reports.targets.projected', { date: format.date(target.projectedDate) })
            : t('reports.targets.notAtThisPace')}
        {' · '}
        {t('reports.targets.rate', { rate: format.decimal(Number(target.ratePer30Days)) })}
      </p>
    </li>
  );
}
