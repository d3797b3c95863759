// The fake report answers and helpers the dashboard's route tests share.
import { screen } from '@testing-library/react';
import { installFakeApi, json, type Handler } from '@/testing/fake-api';
import { meAs, referenceRoutes } from '@/testing/network-fixtures';
import { DashboardRoute } from '@/features/reports/routes/dashboard';

export const funnel = {
  programmeId: 1,
  stages: [
    { stageId: 1, code: 'inspired', name: 'Inspired', position: 1, companies: 9 },
    { stageId: 2, code: 'informed', name: 'Informed', position: 2, companies: 6, conversion: 0.667, medianDaysFromPrevious: 4 },
    { stageId: 3, code: 'activated', name: 'Activated', position: 3, companies: 4, conversion: 0.667, medianDaysFromPrevious: 10.5 },
  ],
};

export const progress = {
  programmeId: 1,
  targets: [
    {
      targetId: 1,
      name: '5.000 mkb-bedrijven geïnspireerd',
      stageId: 1,
      targetCount: 5000,
      deadline: '2027-12-31',
      current: 9,
      reached: false,
      ratePer30Days: 2,
      projectedDate: '2030-05-01',
      onTrack: false,
      monthly: [
        { month: '2026-06', added: 1, cumulative: 1 },
        { month: '2026-09', added: 8, cumulative: 9 },
      ],
    },
    {
      targetId: 2,
      name: '2 mln investering',
      indicator: 'INVESTMENT_EUR',
      targetCount: 2_000_000,
      deadline: '2027-12-31',
      current: 1_250_000,
      reached: false,
      ratePer30Days: 0,
      onTrack: false,
      monthly: [],
    },
  ],
};

const reports: Record<string, Handler> = {
  'GET /api/reports/funnel': () => json(funnel),
  'GET /api/reports/progress': () => json(progress),
  'GET /api/reports/breakdown': ({ url }) =>
    json({
      programmeId: 1,
      by: url.searchParams.get('by'),
      rows: [
        { key: 'Charlois', position: 1, stageId: 1, companies: 3 },
        { key: 'Charlois', position: 2, stageId: 2, companies: 2 },
        { key: 'unknown', position: 1, stageId: 1, companies: 1 },
      ],
    }),
  'GET /api/reports/events': () =>
    json({
      events: [{ eventId: 7, title: 'Ondernemen010 Live!', startsAt: '2026-11-24T18:00:00Z', registrations: 40, attended: 30, walkIns: 2, noShows: 12, attendanceRate: 0.7, newCompanies: 5 }],
      total: { title: 'total', registrations: 40, attended: 30, walkIns: 2, noShows: 12, attendanceRate: 0.7, newCompanies: 5 },
    }),
  'GET /api/reports/partners': () =>
    json({
      partners: [
        { partnerId: 1, name: 'Kamer van Koophandel Rotterdam', creditedByPosition: [6, 4, 0], activities: 6, referralsSent: 1, referralsReceived: 2, acceptanceRate: 0.5, medianHoursToAccept: 20 },
      ],
    }),
  'GET /api/reports/outcomes': () =>
    json({
      rows: [
        { indicator: 'JOBS_CREATED', total: 12, companies: 4 },
        { indicator: 'JOBS_CREATED', partnerId: 2, total: 9, companies: 3 },
        { indicator: 'JOBS_CREATED', partnerId: 1, total: 3, companies: 1 },
      ],
    }),
  'GET /api/reports/needs': () =>
    json({
      rows: [
        { need: 'FINANCING', companies: 9 },
        { need: 'FINANCING', sizeClass: 'SMALL', companies: 5 },
        { need: 'FINANCING', sector: '43', companies: 2 },
      ],
    }),
};

export function fakeBackend({ roles = ['staff'], partnerId, overrides = {} }: { roles?: string[]; partnerId?: number; overrides?: Record<string, Handler> } = {}) {
  return installFakeApi({ ...referenceRoutes, 'GET /api/me': meAs(roles, partnerId), ...reports, ...overrides });
}

export const routes = [{ path: 'dashboard', element: <DashboardRoute /> }];
export const panel = (name: string) => screen.getByRole('region', { name });
export const lastQuery = (api: ReturnType<typeof fakeBackend>, report: string) =>
  Object.fromEntries(api.sent('GET', `/api/reports/${report}`).at(-1)!.url.searchParams);
