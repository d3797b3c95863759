// The route table. The app layer is the only place that knows every feature.
import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router-dom';
import { Loading } from '@/components/loading';
import { AppShell } from '@/components/layout/app-shell';
import { CompanySections } from '@/app/company-sections';
import { HomeRoute } from '@/app/home';
import { NotFoundRoute } from '@/app/not-found';
import { PartnersListRoute } from '@/features/partners/routes/partners-list';
import { PartnerCreateRoute } from '@/features/partners/routes/partner-create';
import { PartnerEditRoute } from '@/features/partners/routes/partner-edit';
import { PartnerDetailRoute } from '@/features/partners/routes/partner-detail';
import { MyWorkRoute } from '@/app/my-work';
import { ProgrammesListRoute } from '@/features/programmes/routes/programmes-list';
import { ProgrammeCreateRoute } from '@/features/programmes/routes/programme-create';
import { ProgrammeEditRoute } from '@/features/programmes/routes/programme-edit';
import { ProgrammeDetailRoute } from '@/features/programmes/routes/programme-detail';
import { AmbassadorsRoute } from '@/features/ambassadors/routes/ambassadors-page';
import { CompaniesListRoute } from '@/features/companies/routes/companies-list';
import { CompanyCreateRoute } from '@/features/companies/routes/company-create';
import { CompanyDetailRoute } from '@/features/companies/routes/company-detail';
import { CompanyEditRoute } from '@/features/companies/routes/company-edit';
import { ReferralsRoute } from '@/features/referrals/routes/referrals-page';
import { EventsListRoute } from '@/features/events/routes/events-list';
import { EventCreateRoute } from '@/features/events/routes/event-create';
import { EventDetailRoute } from '@/features/events/routes/event-detail';
import { EventEditRoute } from '@/features/events/routes/event-edit';
import { CheckInRoute } from '@/features/checkin/routes/check-in-page';
import { ImportStartRoute } from '@/features/imports/routes/import-start';
import { ImportJobRoute } from '@/features/imports/routes/import-job';
import { AuditRoute } from '@/features/audit/routes/audit-page';
import { RetentionRoute } from '@/features/retention/routes/retention-page';
import { WebhooksRoute } from '@/features/webhooks/routes/webhooks-page';

// The dashboard brings the charting library: load it only when opened, so the check-in page on
// a phone at the door stays small.
const DashboardRoute = lazy(() =>
  import('@/features/reports/routes/dashboard').then((module) => ({ default: module.DashboardRoute })),
);

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <HomeRoute /> },
      {
        path: 'dashboard',
        element: (
          <Suspense fallback={<Loading />}>
            <DashboardRoute />
          </Suspense>
        ),
      },
      { path: 'partners', element: <PartnersListRoute /> },
      { path: 'partners/new', element: <PartnerCreateRoute /> },
      { path: 'partners/:id', element: <PartnerDetailRoute /> },
      { path: 'partners/:id/edit', element: <PartnerEditRoute /> },
      { path: 'my-work', element: <MyWorkRoute /> },
      { path: 'programmes', element: <ProgrammesListRoute /> },
      { path: 'programmes/new', element: <ProgrammeCreateRoute /> },
      { path: 'programmes/:id', element: <ProgrammeDetailRoute /> },
      { path: 'programmes/:id/edit', element: <ProgrammeEditRoute /> },
      { path: 'companies', element: <CompaniesListRoute /> },
      { path: 'companies/new', element: <CompanyCreateRoute /> },
      {
        path: 'companies/:id',
        element: <CompanyDetailRoute sections={(company) => <CompanySections companyId={company.id} />} />,
      },
      { path: 'companies/:id/edit', element: <CompanyEditRoute /> },
      { path: 'referrals', element: <ReferralsRoute /> },
      { path: 'ambassadors', element: <AmbassadorsRoute /> },
      { path: 'events', element: <EventsListRoute /> },
      { path: 'events/new', element: <EventCreateRoute /> },
      { path: 'events/:id', element: <EventDetailRoute /> },
      { path: 'events/:id/edit', element: <EventEditRoute /> },
      { path: 'check-in', element: <CheckInRoute /> },
      { path: 'imports', element: <ImportStartRoute /> },
      { path: 'imports/:id', element: <ImportJobRoute /> },
      { path: 'audit', element: <AuditRoute /> },
      { path: 'bewaartermijn', element: <RetentionRoute /> },
      { path: 'webhooks', element: <WebhooksRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
