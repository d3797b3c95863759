// What each partner contributed: companies credited per stage (a record at it or later, first
// credited in the period; a number opens exactly those companies), activities, referrals sent
// and received, and how readily and fast referrals were accepted.
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { useFunnelStages } from '@/shared/reference/programmes';
import { useStageLabel } from '@/shared/stage-label';
import { useReport } from '@/features/reports/api/get-report';
import type { ReportFilters } from '@/features/reports/api/types';
import { ExportButtons } from '@/features/reports/components/export-buttons';
import { Panel, QueryState } from '@/features/reports/components/panel';
import { ReportTable } from '@/features/reports/components/report-table';
import { useCompanyLink } from '@/features/reports/hooks/use-company-link';
import { partnerStageHref } from '@/features/reports/utils/links';

interface PartnersPanelProps {
  filters: ReportFilters;
}

export function PartnersPanel({ filters }: PartnersPanelProps) {
  const { t } = useTranslation();
  const partners = useReport('partners', filters);
  const format = useFormat();
  // a partner user opens its own credited companies only; another partner's stay plain numbers
  const link = useCompanyLink();
  const stageLabel = useStageLabel();
  const stages = useFunnelStages(filters.programmeId);
  const title = t('reports.partners.title');
  const none = t('common.none');
  // creditedByPosition counts from the first stage (position 1)
  const stageAt = (position: number) => stages.data?.find((stage) => stage.position === position);
  return (
    <Panel
      title={title}
      wide
      note={t('reports.panel.programmeAndPeriod')}
      tools={<ExportButtons report="partners" title={title} filters={filters} />}
    >
      <QueryState query={partners}>
        {(report) => {
          if (report.partners.length === 0) return <p>{t('reports.partners.empty')}</p>;
          const positions = Math.max(0, ...report.partners.map((row) => row.creditedByPosition.length));
          const stageColumns = Array.from({ length: positions }, (_, index) => {
            const stage = stageAt(index + 1);
            return { header: stage ? stageLabel(stage) : t('stages.position', { position: index + 1 }), numeric: true };
          });
          return (
            <ReportTable
              caption={t('reports.partners.caption')}
              columns={[
                { header: t('reports.partners.partner') },
                ...stageColumns,
                { header: t('reports.partners.activities'), numeric: true },
                { header: t('reports.partners.referralsSent'), numeric: true },
                { header: t('reports.partners.referralsReceived'), numeric: true },
                { header: t('reports.partners.acceptanceRate'), numeric: true },
                { header: t('reports.partners.medianHoursToAccept'), numeric: true },
              ]}
              rows={report.partners.map((row) => ({
                key: row.partnerId,
                header: row.name,
                cells: [
                  ...Array.from({ length: positions }, (_, index) => {
                    const count = row.creditedByPosition[index] ?? 0;
                    const stage = stageAt(index + 1);
                    const href = count > 0 && stage ? link(partnerStageHref(filters, row.partnerId, stage.id)) : undefined;
                    return href && stage ? (
                      <Link
                        className="utrecht-link"
                        key={index}
                        to={href}
                        aria-label={t('reports.partners.openCompanies', { count, partner: row.name, stage: stageLabel(stage) })}
                      >
                        {format.number(count)}
                      </Link>
                    ) : (
                      format.number(count)
                    );
                  }),
                  format.number(row.activities),
                  format.number(row.referralsSent),
                  format.number(row.referralsReceived),
                  row.acceptanceRate == null ? none : format.percent(row.acceptanceRate),
                  row.medianHoursToAccept == null ? none : format.decimal(Number(row.medianHoursToAccept)),
                ],
              }))}
            />
          );
        }}
      </QueryState>
    </Panel>
  );
}
