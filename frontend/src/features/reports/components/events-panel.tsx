// Per event: registrations, who came (with walk-ins), no-shows, the share of registered people
// who came and the companies that were new to the programme. A title opens the event.
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { useEventsReport } from '@/features/reports/api/get-events-report';
import type { EventsReportRow, ReportFilters } from '@/features/reports/api/types';
import { ExportButtons } from '@/features/reports/components/export-buttons';
import { Panel, QueryState } from '@/features/reports/components/panel';
import { ReportTable } from '@/features/reports/components/report-table';
import { eventHref } from '@/features/reports/utils/links';

interface EventsPanelProps {
  filters: ReportFilters;
}

export function EventsPanel({ filters }: EventsPanelProps) {
  const { t } = useTranslation();
  const events = useEventsReport(filters);
  const format = useFormat();
  const title = t('reports.events.title');
  const none = t('common.none');
  const numbers = (row: EventsReportRow) => [
    format.number(row.registrations),
    format.number(row.attended),
    format.number(row.walkIns),
    format.number(row.noShows),
    row.attendanceRate == null ? none : format.percent(row.attendanceRate),
    format.number(row.newCompanies),
  ];
  return (
    <Panel
      title={title}
      wide
      note={t('reports.panel.programmeAndPeriod')}
      tools={<ExportButtons report="events" title={title} filters={filters} />}
    >
      <QueryState query={events}>
        {(report) =>
          report.events.length === 0 ? (
            <p>{t('reports.events.empty')}</p>
          ) : (
            <ReportTable
              caption={t('reports.events.caption')}
              columns={[
                { header: t('reports.events.event') },
                { header: t('reports.events.date') },
                { header: t('reports.events.registrations'), numeric: true },
                { header: t('reports.events.attended'), numeric: true },
                { header: t('reports.events.walkIns'), numeric: true },
                { header: t('reports.events.noShows'), numeric: true },
                { header: t('reports.events.attendanceRate'), numeric: true },
                { header: t('reports.events.newCompanies'), numeric: true },
              ]}
              rows={report.events.map((row, index) => ({
                key: row.eventId ?? `row-${index}`,
                header: row.eventId != null ? <Link className="utrecht-link" to={eventHref(row.eventId)}>{row.title}</Link> : row.title,
                cells: [format.day(row.startsAt), ...numbers(row)],
              }))}
              total={{ key: 'total', header: t('reports.events.total'), cells: ['', ...numbers(report.total)] }}
            />
          )
        }
      </QueryState>
    </Panel>
  );
}
