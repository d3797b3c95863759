// Outcome indicators (jobs, investment, measures): the total per indicator and each partner's
// share. A number of companies opens the companies with such an outcome in the period (for the
// programme), on a partner's row the outcomes that partner recorded.
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { usePartnerDirectory } from '@/shared/reference/partners';
import { useReport } from '@/features/reports/api/get-report';
import type { ReportFilters } from '@/features/reports/api/types';
import { ExportButtons } from '@/features/reports/components/export-buttons';
import { Panel, QueryState } from '@/features/reports/components/panel';
import { ReportTable, type RowGroup } from '@/features/reports/components/report-table';
import { outcomeSummaries } from '@/features/reports/utils/chart-data';
import { useCompanyLink } from '@/features/reports/hooks/use-company-link';
import { outcomeHref } from '@/features/reports/utils/links';

interface OutcomesPanelProps {
  filters: ReportFilters;
}

export function OutcomesPanel({ filters }: OutcomesPanelProps) {
  const { t } = useTranslation();
  const outcomes = useReport('outcomes', filters);
  const format = useFormat();
  // a partner user opens its own outcomes' companies only; another partner's stay plain numbers
  const link = useCompanyLink();
  const { nameOf } = usePartnerDirectory();
  const title = t('reports.outcomes.title');
  const companiesLink = (count: number, href: string | undefined, label: string) =>
    count > 0 && href ? (
      <Link className="utrecht-link" key="companies" to={href} aria-label={label}>
        {format.number(count)}
      </Link>
    ) : (
      format.number(count)
    );
  return (
    <Panel title={title} wide tools={<ExportButtons report="outcomes" title={title} filters={filters} />}>
      <QueryState query={outcomes}>
        {(report) => {
          const summaries = outcomeSummaries(report);
          if (summaries.length === 0) return <p>{t('reports.outcomes.empty')}</p>;
          const groups: RowGroup[] = summaries.map((summary) => {
            const indicator = t(`enums.indicator.${summary.indicator}`);
            return {
              key: summary.indicator,
              header: indicator,
              rows: [
                {
                  key: summary.indicator,
                  header: t('reports.outcomes.allPartners'),
                  cells: [
                    format.decimal(summary.total),
                    companiesLink(summary.companies, link(outcomeHref(filters, summary.indicator)), t('reports.outcomes.openCompanies', {
                      count: summary.companies,
                      indicator,
                    })),
                  ],
                },
                ...summary.partners.map((share) => {
                  const partner = nameOf(share.partnerId);
                  return {
                    key: `${summary.indicator}-${share.partnerId}`,
                    header: <span className="row-header--nested">{partner}</span>,
                    cells: [
                      format.decimal(share.total),
                      companiesLink(
                        share.companies,
                        link(outcomeHref(filters, summary.indicator, share.partnerId)),
                        t('reports.outcomes.openPartnerCompanies', { count: share.companies, indicator, partner }),
                      ),
                    ],
                  };
                }),
              ],
            };
          });
          return (
            <ReportTable
              caption={t('reports.outcomes.caption')}
              columns={[
                { header: t('reports.outcomes.partner') },
                { header: t('reports.outcomes.total'), numeric: true },
                { header: t('reports.outcomes.companies'), numeric: true },
              ]}
              groups={groups}
            />
          );
        }}
      </QueryState>
    </Panel>
  );
}
