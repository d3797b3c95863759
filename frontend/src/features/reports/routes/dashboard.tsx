// /dashboard — what a programme manager opens every morning: progress to the targets, the
// funnel, the trend, breakdowns, needs, events, partners and outcomes, under one set of
// filters kept in the URL (a view can be bookmarked and shared). Prints to A4.
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { usePageTitle } from '@/components/use-page-title';
import { useActingPartner } from '@/shared/authorization';
import { usePartnerDirectory } from '@/shared/reference/partners';
import { useProgrammeDirectory } from '@/shared/reference/programmes';
import type { ReportFilters } from '@/features/reports/api/types';
import { ActiveFilters } from '@/features/reports/components/active-filters';
import { BreakdownPanel } from '@/features/reports/components/breakdown-panel';
import { EventsPanel } from '@/features/reports/components/events-panel';
import { FilterBar } from '@/features/reports/components/filter-bar';
import { FunnelPanel } from '@/features/reports/components/funnel-panel';
import { NeedsPanel } from '@/features/reports/components/needs-panel';
import { OutcomesPanel } from '@/features/reports/components/outcomes-panel';
import { PartnersPanel } from '@/features/reports/components/partners-panel';
import { TargetsPanel } from '@/features/reports/components/targets-panel';
import { TrendPanel } from '@/features/reports/components/trend-panel';
import { dashboardSearch, defaultProgramme, readDashboardSearch, type DashboardView } from '@/features/reports/utils/filters';

export function DashboardRoute() {
  const { t } = useTranslation();
  usePageTitle(t('reports.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const view = readDashboardSearch(searchParams);
  const directory = useProgrammeDirectory();
  const partners = usePartnerDirectory();
  const { actsForNetwork, ownPartnerId } = useActingPartner();

  // without a programme in the URL the dashboard shows the one running today; the URL gets it
  // with the first change of filter, so a bare /dashboard keeps meaning "the current one"
  const programmeId = view.filters.programmeId ?? defaultProgramme(directory.programmes)?.id;
  const filters: ReportFilters = { ...view.filters, programmeId };
  const change = (next: Partial<DashboardView>) =>
    setSearchParams(dashboardSearch({ ...view, filters, ...next }));

  const heading = (
    <div className="page-heading">
      <h1 className="utrecht-heading-1">{t('reports.title')}</h1>
      <div className="button-row no-print">
        <Button appearance="secondary" onClick={() => window.print()}>
          {t('reports.print')}
        </Button>
      </div>
    </div>
  );
  if (directory.isPending) return <>{heading}<Loading /></>;
  if (directory.isError) return <>{heading}<ProblemAlert error={directory.error} /></>;
  if (programmeId === undefined) return <>{heading}<p>{t('reports.noProgrammes')}</p></>;

  return (
    <>
      {heading}
      <p className="lead no-print">{t('reports.intro')}</p>
      {!actsForNetwork && ownPartnerId !== undefined && (
        <div className="utrecht-alert utrecht-alert--info">
          <div className="utrecht-alert__content">
            <div className="utrecht-alert__message">{t('reports.partnerNote')}</div>
          </div>
        </div>
      )}
      <FilterBar
        filters={filters}
        programmes={directory.programmes}
        partners={partners.partners}
        onChange={(next) => change({ filters: next })}
      />
      <ActiveFilters filters={filters} programmeName={directory.nameOf} partnerName={partners.nameOf} />
      <div className="dashboard">
        <TargetsPanel filters={filters} />
        <FunnelPanel filters={filters} />
        <TrendPanel filters={filters} />
        <BreakdownPanel filters={filters} by={view.by} onByChange={(by) => change({ by })} />
        <NeedsPanel filters={filters} split={view.split} onSplitChange={(split) => change({ split })} />
        <EventsPanel filters={filters} />
        <PartnersPanel filters={filters} />
        <OutcomesPanel filters={filters} />
      </div>
    </>
  );
}
