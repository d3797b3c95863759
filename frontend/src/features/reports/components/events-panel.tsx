// Per event: registrations, who came (with walk-ins), no-shows, the share of registered people
// who came and the companies that were new to the network. A title opens the event; the people
// who came open the companies they came for, the new companies open those companies.
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { useReport } from '@/features/reports/api/get-report';
import type { EventsReportRow, ReportFilters } from '@/features/reports/api/types';
import { ExportButtons } from '@/features/reports/components/export-buttons';
import { Panel, QueryState } from '@/features/reports/components/panel';
import { ReportTable } from '@/features/reports/components/report-table';
import { eventAttendedHref, eventHref, eventNewCompaniesHref } from '@/features/reports/utils/links';

interface EventsPanelProps {
  filters: ReportFilters;
}

export function EventsPanel({ filters }: EventsPanelProps) {
  const { t } = useTranslation();
  const events = useReport('events', filters);
  const format = useFormat();
  const title = t('reports.events.title');
  const none = t('common.none');
  const link = (count: number, href: string | undefined, label: string) =>
    count > 0 && href ? (
      <Link className="utrecht-link" to={href} aria-label={label}>
        {format.number(count)}
      </Link>
    ) : (
      format.number(count)
    );
  // the total row sums several events: its numbers open no single list
  const numbers = (row: EventsReportRow) => {
    const id = row.eventId;
    return [
      format.number(row.registrations),
      link(
        row.attended,
        id == null ? undefined : eventAttendedHref(id),
        t('reports.events.openAttended', { count: row.attended, event: row.title }),
      ),
      format.number(row.walkIns),
      format.number(row.noShows),
      row.attendanceRate == null ? none : format.percent(row.attendanceRate),
      link(
        row.newCompanies,
        id == null ? undefined : eventNewCompaniesHref(id),
        t('reports.events.openNewCompanies', { count: row.newCompanies, event: row.title }),
      ),
    ];
  };
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
