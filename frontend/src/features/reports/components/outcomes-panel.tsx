// Outcome indicators (jobs, investment, measures): the total per indicator and each partner's
// share. An indicator's companies open the companies with such an outcome in the period.
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { usePartnerDirectory } from '@/lib/reference/partners';
import { useOutcomesReport } from '@/features/reports/api/get-outcomes-report';
import type { ReportFilters } from '@/features/reports/api/types';
import { ExportButtons } from '@/features/reports/components/export-buttons';
import { Panel, QueryState } from '@/features/reports/components/panel';
import { ReportTable, type Row } from '@/features/reports/components/report-table';
import { outcomeSummaries } from '@/features/reports/utils/chart-data';
import { outcomeHref } from '@/features/reports/utils/links';

interface OutcomesPanelProps {
  filters: ReportFilters;
}

export function OutcomesPanel({ filters }: OutcomesPanelProps) {
  const { t } = useTranslation();
  const outcomes = useOutcomesReport(filters);
  const format = useFormat();
  const { nameOf } = usePartnerDirectory();
  const title = t('reports.outcomes.title');
  return (
    <Panel title={title} wide tools={<ExportButtons report="outcomes" title={title} filters={filters} />}>
      <QueryState query={outcomes}>
        {(report) => {
          const summaries = outcomeSummaries(report);
          if (summaries.length === 0) return <p>{t('reports.outcomes.empty')}</p>;
          const rows: Row[] = summaries.flatMap((summary) => {
            const indicator = t(`enums.indicator.${summary.indicator}`);
            return [
              {
                key: summary.indicator,
                header: indicator,
                cells: [
                  t('reports.outcomes.allPartners'),
                  format.decimal(summary.total),
                  <Link className="utrecht-link" key="companies" to={outcomeHref(filters, summary.indicator)}>
                    {format.number(summary.companies)}
                  </Link>,
                ],
              },
              ...summary.partners.map((share) => ({
                key: `${summary.indicator}-${share.partnerId}`,
                header: <span className="row-header--nested">{indicator}</span>,
                cells: [nameOf(share.partnerId), format.decimal(share.total), format.number(share.companies)],
              })),
            ];
          });
          return (
            <ReportTable
              caption={t('reports.outcomes.caption')}
              columns={[
                { header: t('reports.outcomes.indicator') },
                { header: t('reports.outcomes.partner') },
                { header: t('reports.outcomes.total'), numeric: true },
                { header: t('reports.outcomes.companies'), numeric: true },
              ]}
              rows={rows}
            />
          );
        }}
      </QueryState>
    </Panel>
  );
}
