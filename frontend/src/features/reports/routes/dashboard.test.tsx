import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, problem } from '@/testing/fake-api';
import { renderRoutes } from '@/testing/render';
import { fakeBackend, funnel, lastQuery, panel, routes } from '@/features/reports/routes/dashboard-fixtures';


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
    expect(within(targets).getByText('(som van „Investering (euro)” uit de gemelde resultaten)')).toBeInTheDocument();
    expect(within(targets).getAllByText('bedrijven')).toHaveLength(1);
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

  it('names sectors by their SBI title, and a code the list lacks as "SBI" and the code', async () => {
    fakeBackend({
      overrides: {
        'GET /api/reports/breakdown': () =>
          json({ programmeId: 1, by: 'sector', rows: [{ key: '62', position: 1, stageId: 1, companies: 4 }, { key: '04', position: 1, stageId: 1, companies: 1 }] }),
      },
    });
    const { user } = renderRoutes(routes, '/dashboard?programmeId=1&by=sector&sector=10.71');
    const breakdown = await screen.findByRole('region', { name: 'Verdeling' });
    await within(breakdown).findByRole('img');
    await user.click(within(breakdown).getByRole('button', { name: 'Toon als tabel' }));
    const table = within(breakdown).getByRole('table');
    expect(await within(table).findByRole('row', { name: /^62 Dienstverlenende activiteiten op het gebied van informatietechnologie/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /^SBI 04/ })).toBeInTheDocument();
    // the filters in words above the panels name the sector too
    expect(await screen.findByText('Sector: 10.71 Vervaardiging van brood en vers banketbakkerswerk')).toBeInTheDocument();
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
    // grouped by indicator: its name heads the group once, the rows name the partners
    const group = await within(outcomes).findByRole('rowheader', { name: 'Nieuwe banen' });
    expect(group).toHaveAttribute('scope', 'rowgroup');
    expect(within(outcomes).getAllByText('Nieuwe banen')).toHaveLength(1);
    expect(await within(outcomes).findByRole('link', { name: '4 bedrijven met resultaat Nieuwe banen bekijken' })).toHaveAttribute(
      'href',
      '/companies?programmeId=1&indicator=JOBS_CREATED&from=2026-01-01',
    );
    expect(
      await within(outcomes).findByRole('link', { name: '3 bedrijven met resultaat Nieuwe banen van FME Zuid-Holland bekijken' }),
    ).toHaveAttribute('href', '/companies?programmeId=1&indicator=JOBS_CREATED&outcomePartnerId=2&from=2026-01-01');
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
      overrides: { 'GET /api/reports/funnel': () => problem(500, { title: 'Internal error' }) },
    });
    renderRoutes(routes, '/dashboard?programmeId=1');
    expect(await within(await screen.findByRole('region', { name: 'Funnel' })).findByRole('alert')).toHaveTextContent(
      'Er ging aan onze kant iets mis.',
    );
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
