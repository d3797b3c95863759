import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installFakeApi, json, problem, type Handler } from '@/testing/fake-api';
import { meAs, referenceRoutes } from '@/testing/network-fixtures';
import { renderRoutes } from '@/testing/render';
import { DashboardRoute } from '@/features/reports/routes/dashboard';

const funnel = {
  programmeId: 1,
  stages: [
    { stageId: 1, code: 'inspired', name: 'Inspired', position: 1, companies: 9 },
    { stageId: 2, code: 'informed', name: 'Informed', position: 2, companies: 6, conversion: 0.667, medianDaysFromPrevious: 4 },
    { stageId: 3, code: 'activated', name: 'Activated', position: 3, companies: 4, conversion: 0.667, medianDaysFromPrevious: 10.5 },
  ],
};

const progress = {
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

function fakeBackend({ roles = ['staff'], partnerId, overrides = {} }: { roles?: string[]; partnerId?: number; overrides?: Record<string, Handler> } = {}) {
  return installFakeApi({ ...referenceRoutes, 'GET /api/me': meAs(roles, partnerId), ...reports, ...overrides });
}

const routes = [{ path: 'dashboard', element: <DashboardRoute /> }];
const panel = (name: string) => screen.getByRole('region', { name });
const lastQuery = (api: ReturnType<typeof fakeBackend>, report: string) =>
  Object.fromEntries(api.sent('GET', `/api/reports/${report}`).at(-1)!.url.searchParams);

describe('the dashboard', () => {
  const objectUrls = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  afterEach(() => {
    vi.restoreAllMocks();
    URL.createObjectURL = objectUrls.create;
    URL.revokeObjectURL = objectUrls.revoke;
  });

  it('opens on the running programme and shows the targets with their projection', async () => {
    const api = fakeBackend();
    renderRoutes(routes, '/dashboard');

    const targets = await screen.findByRole('region', { name: 'Doelen' });
    await within(targets).findByText('5.000 mkb-bedrijven geïnspireerd');
    expect(lastQuery(api, 'progress')).toEqual({ programmeId: '1' });
    expect(within(targets).getByRole('link', { name: '9 bedrijven van doel „5.000 mkb-bedrijven geïnspireerd” bekijken' })).toHaveAttribute(
      'href',
      '/companies?programmeId=1&reachedStageId=1',
    );
    expect(within(targets).getByText(/Bij dit tempo gehaald op 1 mei 2030/)).toBeInTheDocument();
    // the indicator target has no pace (or one beyond ten years): the dashboard says so instead of a date
    expect(within(targets).getByText(/Bij dit tempo niet binnen tien jaar gehaald/)).toBeInTheDocument();
    // its number is a sum of euros, not of companies; the link's name holds the number as shown
    expect(within(targets).getByRole('link', { name: 'Bedrijven achter de 1.250.000 van doel „2 mln investering” bekijken' })).toHaveAttribute(
      'href',
      '/companies?programmeId=1&indicator=INVESTMENT_EUR',
    );
    expect(within(targets).getAllByText('Niet op koers')).toHaveLength(2);
    // the filters in words, which is what a printout shows of them
    expect(screen.getByText('Programma: MKB010>>Next 2.0')).toBeInTheDocument();
    expect(screen.getByText('Periode: alle datums')).toBeInTheDocument();
  });

  it('draws each chart as a labelled image and shows its numbers as links in the table view', async () => {
    fakeBackend();
    const { user } = renderRoutes(routes, '/dashboard');
    const funnelPanel = await screen.findByRole('region', { name: 'Funnel' });
    const chart = await within(funnelPanel).findByRole('img');
    expect(chart).toHaveAccessibleName('Staafdiagram van de funnel. Geïnspireerd: 9, Geïnformeerd: 6, Geactiveerd: 4');
    expect(within(funnelPanel).getByText('Geïnspireerd → Geïnformeerd: 66,7% door · mediaan 4 dagen')).toBeInTheDocument();

    const toggle = within(funnelPanel).getByRole('button', { name: 'Toon als tabel' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const table = within(funnelPanel).getByRole('table', { name: /^Funnel: bedrijven per fase/ });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'FaseBedrijvenDoorstroomMediaan dagen',
      'Geïnspireerd9——',
      'Geïnformeerd666,7%4',
      'Geactiveerd466,7%10,5',
    ]);
    expect(within(rows[2]!).getByRole('link', { name: '6 bedrijven in fase Geïnformeerd bekijken' })).toHaveAttribute(
      'href',
      '/companies?programmeId=1&reachedStageId=2',
    );
    expect(within(funnelPanel).queryByRole('img')).not.toBeInTheDocument();
  });

  it('keeps the filters in the URL and asks every report again with them', async () => {
    const api = fakeBackend();
    // the current calendar year, which the period select names "this year"
    const year = new Date().getFullYear();
    const [from, to] = [`${year}-01-01`, `${year}-12-31`];
    const { user, router } = renderRoutes(routes, `/dashboard?programmeId=1&from=${from}&to=${to}`);
    await screen.findByRole('region', { name: 'Funnel' });
    await waitFor(() => expect(lastQuery(api, 'funnel')).toEqual({ programmeId: '1', from, to }));
    expect(screen.getByRole('combobox', { name: 'Periode' })).toHaveValue('thisYear');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Thema van een activiteit' }), 'Circulair');
    await user.type(screen.getByRole('textbox', { name: 'Gebied' }), 'Charlois');
    await user.click(screen.getByRole('button', { name: 'Toepassen' }));

    await waitFor(() => expect(router.state.location.search).toBe(`?programmeId=1&from=${from}&to=${to}&theme=CIRCULAR&district=Charlois`));
    for (const report of ['funnel', 'progress', 'breakdown', 'events', 'partners', 'outcomes', 'needs']) {
      await waitFor(() => expect(lastQuery(api, report)).toMatchObject({ theme: 'CIRCULAR', district: 'Charlois', from }));
    }
    expect(screen.getByText('Gebied: Charlois')).toBeInTheDocument();

    // a click-through carries them along
    await user.click(within(panel('Funnel')).getByRole('button', { name: 'Toon als tabel' }));
    expect(within(panel('Funnel')).getByRole('link', { name: '9 bedrijven in fase Geïnspireerd bekijken' })).toHaveAttribute(
      'href',
      `/companies?programmeId=1&reachedStageId=1&from=${from}&to=${to}&district=Charlois&theme=CIRCULAR`,
    );

    await user.selectOptions(screen.getByRole('combobox', { name: 'Periode' }), 'Alle datums');
    await waitFor(() => expect(router.state.location.search).toBe('?programmeId=1&theme=CIRCULAR&district=Charlois'));
  });

  it('refuses an end date before the start date', async () => {
    const api = fakeBackend();
    const { user } = renderRoutes(routes, '/dashboard?programmeId=1');
    await screen.findByRole('region', { name: 'Funnel' });
    const requests = api.sent('GET', '/api/reports/funnel').length;
    await user.type(screen.getByLabelText('Vanaf'), '2026-05-01');
    await user.type(screen.getByLabelText(/Tot en met/), '2026-04-01');
    await user.click(screen.getByRole('button', { name: 'Toepassen' }));
    expect(await screen.findByText('De einddatum ligt vóór de begindatum.')).toBeInTheDocument();
    expect(api.sent('GET', '/api/reports/funnel')).toHaveLength(requests);
  });

  it('switches the breakdown dimension and the needs split through the URL', async () => {
    const api = fakeBackend();
    const { user, router } = renderRoutes(routes, '/dashboard?programmeId=1');
    const breakdown = await screen.findByRole('region', { name: 'Verdeling' });
    await within(breakdown).findByRole('img');
    await user.selectOptions(within(breakdown).getByRole('combobox', { name: 'Verdelen naar' }), 'Grootteklasse');
    await waitFor(() => expect(lastQuery(api, 'breakdown').by).toBe('sizeClass'));
    expect(router.state.location.search).toBe('?programmeId=1&by=sizeClass');

    await user.click(within(breakdown).getByRole('button', { name: 'Toon als tabel' }));
    const table = within(breakdown).getByRole('table');
    // an unknown value cannot be opened as a list: a number without a link
    const unknown = within(table).getByRole('row', { name: /Onbekend/ });
    expect(within(unknown).queryByRole('link')).not.toBeInTheDocument();

    const needs = panel('Behoeften');
    await user.selectOptions(within(needs).getByRole('combobox', { name: 'Uitsplitsen naar' }), 'Sector');
    await waitFor(() => expect(router.state.location.search).toBe('?programmeId=1&by=sizeClass&split=sector'));
    await user.click(within(needs).getByRole('button', { name: 'Toon als tabel' }));
    expect(within(needs).getByRole('columnheader', { name: 'SBI 43' })).toBeInTheDocument();
    // the programme narrows a need to those raised in it (or outside any programme)
    expect(within(needs).getByRole('link', { name: '9 bedrijven met behoefte Financiering bekijken' })).toHaveAttribute(
      'href',
      '/companies?programmeId=1&need=FINANCING',
    );
  });

  it('lists events with a link to each event and to the companies that came or were new', async () => {
    fakeBackend();
    renderRoutes(routes, '/dashboard?programmeId=1&from=2026-01-01');
    const events = await screen.findByRole('region', { name: 'Bijeenkomsten' });
    expect(await within(events).findByRole('link', { name: 'Ondernemen010 Live!' })).toHaveAttribute('href', '/events/7');
    // an event's companies do not depend on the period or programme the event was found by
    expect(within(events).getByRole('link', { name: 'Bedrijven van de 30 aanwezigen bij „Ondernemen010 Live!” bekijken' })).toHaveAttribute(
      'href',
      '/companies?attendedEventId=7',
    );
    expect(within(events).getByRole('link', { name: '5 nieuwe bedrijven van „Ondernemen010 Live!” bekijken' })).toHaveAttribute(
      'href',
      '/companies?newAtEventId=7',
    );
    // the total sums several events: no list behind its numbers
    const total = within(events).getByRole('row', { name: /Totaal/ });
    expect(total).toHaveTextContent('Totaal403021270%5');
    expect(within(total).queryByRole('link')).not.toBeInTheDocument();
  });

  it("opens a partner's credited companies at a stage, and outcomes in total and per partner", async () => {
    fakeBackend();
    renderRoutes(routes, '/dashboard?programmeId=1&from=2026-01-01');
    const partners = await screen.findByRole('region', { name: 'Bijdrage per partner' });
    const kvk = await within(partners).findByRole('row', { name: /Kamer van Koophandel/ });
    // credited at the stage (a record at it or later) and first credited in the period: the report's own count
    expect(
      await within(kvk).findByRole('link', { name: '4 bedrijven toegeschreven aan Kamer van Koophandel Rotterdam in fase Geïnformeerd bekijken' }),
    ).toHaveAttribute('href', '/companies?programmeId=1&creditedPartnerId=1&creditedStageId=2&from=2026-01-01');
    // no credits, no link
    expect(within(kvk).getAllByRole('link')).toHaveLength(2);

    const outcomes = panel('Resultaten');
    expect(await within(outcomes).findByRole('link', { name: '4 bedrijven met resultaat Nieuwe banen bekijken' })).toHaveAttribute(
      'href',
      '/companies?programmeId=1&indicator=JOBS_CREATED&from=2026-01-01',
    );
    expect(
      await within(outcomes).findByRole('link', { name: '3 bedrijven met resultaat Nieuwe banen van FME Zuid-Holland bekijken' }),
    ).toHaveAttribute('href', '/companies?programmeId=1&indicator=JOBS_CREATED&outcomePartnerId=2&from=2026-01-01');
  });

  it("gives a partner user links to its own partner's companies only: another partner's numbers stay plain", async () => {
    fakeBackend({
      roles: ['partner'],
      partnerId: 1,
      overrides: {
        'GET /api/reports/partners': () =>
          json({
            partners: [
              { partnerId: 1, name: 'Kamer van Koophandel Rotterdam', creditedByPosition: [6, 4, 0], activities: 6, referralsSent: 1, referralsReceived: 2 },
              { partnerId: 2, name: 'FME Zuid-Holland', creditedByPosition: [5, 2, 1], activities: 3, referralsSent: 2, referralsReceived: 1 },
            ],
          }),
      },
    });
    renderRoutes(routes, '/dashboard?programmeId=1&from=2026-01-01');
    const partners = await screen.findByRole('region', { name: 'Bijdrage per partner' });
    const kvk = await within(partners).findByRole('row', { name: /Kamer van Koophandel/ });
    expect(
      await within(kvk).findByRole('link', { name: '4 bedrijven toegeschreven aan Kamer van Koophandel Rotterdam in fase Geïnformeerd bekijken' }),
    ).toHaveAttribute('href', '/companies?programmeId=1&creditedPartnerId=1&creditedStageId=2&from=2026-01-01');
    const fme = within(partners).getByRole('row', { name: /FME Zuid-Holland/ });
    expect(fme).toHaveTextContent('FME Zuid-Holland521');
    expect(within(fme).queryByRole('link')).not.toBeInTheDocument();

    const outcomes = panel('Resultaten');
    // the network's total and the partner's own outcomes open their companies; FME's do not
    expect(await within(outcomes).findByRole('link', { name: '4 bedrijven met resultaat Nieuwe banen bekijken' })).toBeInTheDocument();
    expect(within(outcomes).getByRole('link', { name: '1 bedrijven met resultaat Nieuwe banen van Kamer van Koophandel Rotterdam bekijken' })).toHaveAttribute(
      'href',
      '/companies?programmeId=1&indicator=JOBS_CREATED&outcomePartnerId=1&from=2026-01-01',
    );
    expect(within(outcomes).getByRole('row', { name: /FME Zuid-Holland/ })).toHaveTextContent('FME Zuid-Holland93');
    expect(within(outcomes).queryByRole('link', { name: /van FME Zuid-Holland/ })).not.toBeInTheDocument();
  });

  it("keeps a partner user's numbers plain under another partner's report filter, and links them under its own", async () => {
    fakeBackend({ roles: ['partner'], partnerId: 1 });
    const first = renderRoutes(routes, '/dashboard?programmeId=1&partnerId=2');
    const funnelPanel = await screen.findByRole('region', { name: 'Funnel' });
    await first.user.click(await within(funnelPanel).findByRole('button', { name: 'Toon als tabel' }));
    // the numbers are the network's, by the report's partner; the lists behind them are FME's clients
    const table = await within(funnelPanel).findByRole('table');
    expect(within(table).getByRole('row', { name: /Geïnformeerd/ })).toHaveTextContent('Geïnformeerd6');
    expect(within(table).queryByRole('link')).not.toBeInTheDocument();
    const needs = panel('Behoeften');
    await first.user.click(await within(needs).findByRole('button', { name: 'Toon als tabel' }));
    await within(needs).findByRole('table');
    expect(within(needs).queryByRole('link')).not.toBeInTheDocument();
    first.unmount();

    const second = renderRoutes(routes, '/dashboard?programmeId=1&partnerId=1');
    const ownPanel = await screen.findByRole('region', { name: 'Funnel' });
    await second.user.click(await within(ownPanel).findByRole('button', { name: 'Toon als tabel' }));
    expect(await within(ownPanel).findByRole('link', { name: '6 bedrijven in fase Geïnformeerd bekijken' })).toHaveAttribute(
      'href',
      '/companies?programmeId=1&reachedStageId=2&creditedPartnerId=1',
    );
  });

  it("names a link with its number as shown, so a screen reader's name holds the visible text", async () => {
    fakeBackend({ overrides: { 'GET /api/reports/needs': () => json({ rows: [{ need: 'FINANCING', companies: 1234 }] }) } });
    const { user } = renderRoutes(routes, '/dashboard?programmeId=1');
    const needs = await screen.findByRole('region', { name: 'Behoeften' });
    await user.click(await within(needs).findByRole('button', { name: 'Toon als tabel' }));
    expect(await within(needs).findByRole('link', { name: '1.234 bedrijven met behoefte Financiering bekijken' })).toHaveTextContent('1.234');
  });

  it('shows an error in the panel whose report failed, and the other panels still', async () => {
    fakeBackend({
      overrides: { 'GET /api/reports/funnel': () => problem(500, { title: 'Interne fout' }) },
    });
    renderRoutes(routes, '/dashboard?programmeId=1');
    expect(await within(await screen.findByRole('region', { name: 'Funnel' })).findByRole('alert')).toHaveTextContent('Interne fout');
    await within(panel('Doelen')).findByText('5.000 mkb-bedrijven geïnspireerd');
  });

  it('says so when a report is empty', async () => {
    fakeBackend({
      overrides: {
        'GET /api/reports/progress': () => json({ programmeId: 1, targets: [] }),
        'GET /api/reports/outcomes': () => json({ rows: [] }),
      },
    });
    renderRoutes(routes, '/dashboard?programmeId=1');
    expect(await within(await screen.findByRole('region', { name: 'Doelen' })).findByText('Dit programma heeft nog geen doelen.')).toBeInTheDocument();
    expect(await within(panel('Resultaten')).findByText('Geen resultaten vastgelegd bij deze filters.')).toBeInTheDocument();
  });

  it('tells a partner user that the numbers count the network and the lists only its own companies', async () => {
    fakeBackend({ roles: ['partner'], partnerId: 1 });
    renderRoutes(routes, '/dashboard');
    expect(await screen.findByText(/De getallen tellen het hele netwerk/)).toBeInTheDocument();
  });

  it('prints with the print button', async () => {
    fakeBackend();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderRoutes(routes, '/dashboard?programmeId=1');
    await user.click(await screen.findByRole('button', { name: 'Afdrukken' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('downloads a report as CSV with the filters of the moment', async () => {
    const api = fakeBackend({
      overrides: {
        'GET /api/reports/funnel': ({ url }) =>
          url.searchParams.get('format') === 'csv'
            ? new Response('stageId,code,name,position,companies\r\n', {
                headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="funnel.csv"' },
              })
            : json(funnel),
      },
    });
    // jsdom has no object URLs and does not download: catch the link the SPA clicks
    const saved: string[] = [];
    URL.createObjectURL = vi.fn(() => 'blob:funnel');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const { user } = renderRoutes(routes, '/dashboard?programmeId=1&sizeClass=MICRO');
    const funnelPanel = await screen.findByRole('region', { name: 'Funnel' });

    await user.click(within(funnelPanel).getByRole('button', { name: 'Funnel downloaden als CSV' }));

    await within(funnelPanel).findByText('„funnel.csv” is gedownload.');
    expect(saved).toEqual(['funnel.csv']);
    const download = api.sent('GET', '/api/reports/funnel').find((request) => request.url.searchParams.has('format'))!;
    expect(Object.fromEntries(download.url.searchParams)).toEqual({ programmeId: '1', sizeClass: 'MICRO', format: 'csv' });
    expect(within(funnelPanel).getByRole('button', { name: 'Funnel downloaden als Excel' })).toBeEnabled();
  });
});
