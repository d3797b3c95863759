import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { installFakeApi, json, problem, type Handler } from '@/testing/fake-api';
import { meAs, referenceRoutes } from '@/testing/network-fixtures';
import { renderRoutes } from '@/testing/render';
import { CompaniesListRoute } from '@/features/companies/routes/companies-list';

const companies = [
  { id: 5, kvkNumber: '12345678', name: 'Bakkerij de Zon', postcode: '3011 AB', city: 'Rotterdam', district: 'Centrum', sizeClass: 'MICRO', sbiCode: '10.71', tags: [], createdAt: '2026-01-01T10:00:00Z', version: 0 },
  { id: 6, kvkNumber: '87654321', name: 'Metaalwerk Zuid', postcode: '3081 AA', district: 'Charlois', sizeClass: 'SMALL', tags: [], createdAt: '2026-01-02T10:00:00Z', version: 0 },
];

function fakeBackend(
  roles = ['staff'],
  { partnerId, totalExact = true, routes = {} }: { partnerId?: number; totalExact?: boolean; routes?: Record<string, Handler> } = {},
) {
  return installFakeApi({
    ...referenceRoutes,
    'GET /api/me': meAs(roles, partnerId),
    'GET /api/companies': () => json({ items: companies, total: totalExact ? 2 : 18_000, totalExact, page: 0, size: 20 }),
    ...routes,
  });
}

/** One event the API knows (7); any other is not found. */
const eventRoutes: Record<string, Handler> = {
  'GET /api/events/:id': ({ params }) =>
    params.id === '7'
      ? json({ id: 7, title: 'Ondernemen010 Live!', startsAt: '2026-11-24T18:00:00Z', status: 'PUBLISHED', version: 0 })
      : problem(404, { title: 'Niet gevonden' }),
};

const routes = [{ path: 'companies', element: <CompaniesListRoute /> }];
const lastQuery = (api: ReturnType<typeof fakeBackend>) => api.sent('GET', '/api/companies').at(-1)!.url.searchParams;

describe('company list', () => {
  it('lists companies with a link to each company page and translated size classes', async () => {
    fakeBackend();
    renderRoutes(routes, '/companies');

    const table = await screen.findByRole('table', { name: 'Bedrijven' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByRole('link', { name: 'Bakkerij de Zon' })).toHaveAttribute('href', '/companies/5');
    expect(within(rows[1]!).getByText('Micro (minder dan 10 werknemers)')).toBeInTheDocument();
    // the sector in words, once the SBI list has arrived
    expect(await within(rows[1]!).findByText('10.71 Vervaardiging van brood en vers banketbakkerswerk')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nieuw bedrijf' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Importeren' })).toHaveAttribute('href', '/imports?kind=companies');
  });

  it('sends the search and text filters as query parameters and keeps them in the URL', async () => {
    const api = fakeBackend();
    const { user, router } = renderRoutes(routes, '/companies');
    await screen.findByRole('table');

    await user.type(screen.getByRole('searchbox', { name: 'Zoek bedrijven' }), '3011 AB');
    await user.type(screen.getByRole('textbox', { name: 'Gebied' }), 'Centrum');
    await user.type(screen.getByRole('textbox', { name: /Sector/ }), '10');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));

    await waitFor(() => expect(lastQuery(api).get('q')).toBe('3011 AB'));
    expect(lastQuery(api).get('district')).toBe('Centrum');
    expect(lastQuery(api).get('sector')).toBe('10');
    expect(lastQuery(api).get('page')).toBe('0');
    expect(router.state.location.search).toBe('?q=3011+AB&district=Centrum&sector=10');
  });

  it("offers a partner user its own organisation's companies only, not another partner's", async () => {
    const api = fakeBackend(['partner'], { partnerId: 1 });
    const { user, router } = renderRoutes(routes, '/companies');
    await screen.findByRole('table');
    expect(screen.queryByRole('combobox', { name: 'Gewerkt met partner' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('checkbox', { name: 'Alleen bedrijven waarmee uw organisatie werkt' }));
    await waitFor(() => expect(lastQuery(api).get('workedWithPartnerId')).toBe('1'));
    expect(router.state.location.search).toBe('?workedWithPartnerId=1');
    expect(screen.getByRole('checkbox', { name: 'Alleen bedrijven waarmee uw organisatie werkt' })).toBeChecked();
  });

  it('filters by size class, programme with current stage, theme and partner, and sorts', async () => {
    const api = fakeBackend();
    const { user, router } = renderRoutes(routes, '/companies');
    await screen.findByRole('table');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Grootteklasse' }), 'Klein (minder dan 50 werknemers)');
    await waitFor(() => expect(lastQuery(api).get('sizeClass')).toBe('SMALL'));

    expect(screen.queryByRole('combobox', { name: 'Huidige fase' })).not.toBeInTheDocument();
    const programme = screen.getByRole('combobox', { name: 'Programma' });
    await within(programme).findByRole('option', { name: 'MKB010>>Next 2.0' });
    // (user-event matches option text by innerHTML, where ">" is escaped; the value is unambiguous)
    await user.selectOptions(programme, '1');
    await waitFor(() => expect(lastQuery(api).get('programmeId')).toBe('1'));
    const stage = await screen.findByRole('combobox', { name: 'Huidige fase' });
    await within(stage).findByRole('option', { name: 'Geïnformeerd' });
    await user.selectOptions(stage, 'Geïnformeerd');
    await waitFor(() => expect(lastQuery(api).get('stageId')).toBe('2'));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Thema van een activiteit' }), 'Circulair');
    await waitFor(() => expect(lastQuery(api).get('theme')).toBe('CIRCULAR'));
    const partner = screen.getByRole('combobox', { name: 'Gewerkt met partner' });
    await within(partner).findByRole('option', { name: 'FME Zuid-Holland' });
    await user.selectOptions(partner, 'FME Zuid-Holland');
    await waitFor(() => expect(lastQuery(api).get('workedWithPartnerId')).toBe('2'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sorteren op' }), 'Nieuwst toegevoegd');
    await waitFor(() => expect(lastQuery(api).get('sort')).toBe('-createdAt'));

    // all of it survives in the URL, so the list can be bookmarked and shared
    // (with the API's parameter names, so a report can link to the same list)
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      sizeClass: 'SMALL',
      programmeId: '1',
      stageId: '2',
      theme: 'CIRCULAR',
      workedWithPartnerId: '2',
      sort: '-createdAt',
    });

    // another programme drops the stage of the previous one
    await user.selectOptions(screen.getByRole('combobox', { name: 'Programma' }), 'Smart Industry Rotterdam');
    await waitFor(() => expect(lastQuery(api).get('programmeId')).toBe('2'));
    expect(lastQuery(api).get('stageId')).toBeNull();
  });

  it('reads the filters from the URL on the first request', async () => {
    const api = fakeBackend();
    renderRoutes(routes, '/companies?q=zon&programmeId=1&stageId=3&page=2');
    await screen.findByRole('table');
    expect(lastQuery(api).get('q')).toBe('zon');
    expect(lastQuery(api).get('programmeId')).toBe('1');
    expect(lastQuery(api).get('stageId')).toBe('3');
    expect(lastQuery(api).get('page')).toBe('1');
    expect(screen.getByRole('searchbox', { name: 'Zoek bedrijven' })).toHaveValue('zon');
  });

  it('offers no "new company" and no import to a door volunteer', async () => {
    fakeBackend(['checkin']);
    renderRoutes(routes, '/companies');
    await screen.findByRole('table');
    await screen.findByText('check-in');
    expect(screen.queryByRole('link', { name: 'Nieuw bedrijf' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Importeren' })).not.toBeInTheDocument();
  });

  describe('opened from a number in a report', () => {
    const reportLink =
      '/companies?programmeId=1&reachedStageId=2&creditedPartnerId=2&from=2026-01-01&to=2026-12-31&district=Charlois';

    it('asks for the companies behind the number and names the filters as removable chips', async () => {
      const api = fakeBackend();
      const { user, router } = renderRoutes(routes, reportLink);
      await screen.findByRole('table');
      expect(Object.fromEntries(lastQuery(api))).toMatchObject({
        programmeId: '1',
        reachedStageId: '2',
        creditedPartnerId: '2',
        from: '2026-01-01',
        to: '2026-12-31',
        district: 'Charlois',
      });

      const chips = screen.getByRole('region', { name: 'Gefilterd vanuit een rapportage' });
      await within(chips).findByText('Fase bereikt: Geïnformeerd');
      expect(within(chips).getByText('Periode: 1 jan 2026 t/m 31 dec 2026')).toBeInTheDocument();
      await within(chips).findByText('Voortgang toegeschreven aan: FME Zuid-Holland');
      // staff sees the whole network: no notice about a partner's scope
      expect(screen.queryByText(/alleen de bedrijven waarmee uw organisatie werkt/)).not.toBeInTheDocument();

      // without a reached stage the period has nothing to apply to: it goes as well
      await user.click(within(chips).getByRole('button', { name: 'Filter weghalen: Fase bereikt: Geïnformeerd' }));
      await waitFor(() => expect(lastQuery(api).get('reachedStageId')).toBeNull());
      expect(lastQuery(api).get('from')).toBeNull();
      expect(lastQuery(api).get('creditedPartnerId')).toBe('2');
      expect(router.state.location.search).toBe('?programmeId=1&creditedPartnerId=2&district=Charlois');
    });

    it('resets all report filters at once and keeps the ordinary ones', async () => {
      const api = fakeBackend();
      const { user, router } = renderRoutes(routes, `${reportLink}&need=FINANCING`);
      await screen.findByRole('table');
      await user.click(screen.getByRole('button', { name: 'Rapportagefilters wissen' }));
      await waitFor(() => expect(router.state.location.search).toBe('?programmeId=1&district=Charlois'));
      expect(lastQuery(api).get('need')).toBeNull();
      expect(screen.queryByRole('region', { name: 'Gefilterd vanuit een rapportage' })).not.toBeInTheDocument();
    });

    it('tells a partner user that such a list shows only its own companies', async () => {
      fakeBackend(['partner'], { partnerId: 1 });
      renderRoutes(routes, '/companies?need=FINANCING&from=2026-01-01');
      await screen.findByRole('table');
      expect(await screen.findByText(/U ziet alleen de bedrijven waarmee uw organisatie werkt/)).toBeInTheDocument();
      expect(screen.getByText('Behoefte genoemd: Financiering')).toBeInTheDocument();
      expect(screen.getByText('Periode: vanaf 1 jan 2026')).toBeInTheDocument();
    });

    it("does not ask the API for another partner's relationships for a partner user, and offers to drop that filter", async () => {
      const api = fakeBackend(['partner'], { partnerId: 1 });
      const { user, router } = renderRoutes(
        routes,
        '/companies?programmeId=1&creditedPartnerId=2&creditedStageId=2&indicator=JOBS_CREATED&outcomePartnerId=2&from=2026-01-01',
      );
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('Deze lijst vraagt naar de relaties van een andere partner');
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
      expect(api.sent('GET', '/api/companies')).toHaveLength(0);

      await user.click(within(alert).getByRole('button', { name: 'Filter op de andere partner weghalen' }));
      await screen.findByRole('table');
      expect(router.state.location.search).toBe('?programmeId=1&indicator=JOBS_CREATED&from=2026-01-01');
      expect(lastQuery(api).has('creditedPartnerId')).toBe(false);
      expect(lastQuery(api).has('outcomePartnerId')).toBe(false);
    });

    it("lets a partner user open its own partner's credits", async () => {
      const api = fakeBackend(['partner'], { partnerId: 1 });
      renderRoutes(routes, '/companies?programmeId=1&creditedPartnerId=1&creditedStageId=2&from=2026-01-01');
      await screen.findByRole('table');
      expect(lastQuery(api).get('creditedPartnerId')).toBe('1');
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });

    it("names a partner's credit at a stage in one chip, and takes both away together", async () => {
      const api = fakeBackend();
      const { user, router } = renderRoutes(routes, '/companies?programmeId=1&creditedPartnerId=2&creditedStageId=2&from=2026-01-01');
      await screen.findByRole('table');
      expect(Object.fromEntries(lastQuery(api))).toMatchObject({ programmeId: '1', creditedPartnerId: '2', creditedStageId: '2', from: '2026-01-01' });
      const chips = screen.getByRole('region', { name: 'Gefilterd vanuit een rapportage' });
      const credit = 'Toegeschreven aan FME Zuid-Holland in fase Geïnformeerd';
      await within(chips).findByText(credit);
      await user.click(within(chips).getByRole('button', { name: `Filter weghalen: ${credit}` }));
      await waitFor(() => expect(router.state.location.search).toBe('?programmeId=1'));
      expect(lastQuery(api).get('creditedStageId')).toBeNull();
    });

    it('names an outcome of the programme and the partner who recorded it', async () => {
      const api = fakeBackend();
      renderRoutes(routes, '/companies?programmeId=1&indicator=JOBS_CREATED&outcomePartnerId=2&from=2026-01-01');
      await screen.findByRole('table');
      expect(lastQuery(api).get('outcomePartnerId')).toBe('2');
      const chips = screen.getByRole('region', { name: 'Gefilterd vanuit een rapportage' });
      await within(chips).findByText('Resultaat voor MKB010>>Next 2.0: Nieuwe banen');
      await within(chips).findByText('Resultaat vastgelegd door: FME Zuid-Holland');
    });

    it('names a need raised in the programme or outside any', async () => {
      fakeBackend();
      renderRoutes(routes, '/companies?programmeId=1&need=FINANCING');
      await screen.findByRole('table');
      expect(await screen.findByText('Behoefte genoemd: Financiering (bij MKB010>>Next 2.0 of zonder programma)')).toBeInTheDocument();
    });

    it("names an event's attendees and newcomers by the event's title, or in words when it cannot be read", async () => {
      const api = fakeBackend(['staff'], { routes: eventRoutes });
      const { user, router } = renderRoutes(routes, '/companies?attendedEventId=7&newAtEventId=8');
      await screen.findByRole('table');
      expect(Object.fromEntries(lastQuery(api))).toMatchObject({ attendedEventId: '7', newAtEventId: '8' });
      const chips = screen.getByRole('region', { name: 'Gefilterd vanuit een rapportage' });
      await within(chips).findByText('Aanwezig bij: Ondernemen010 Live!');
      await within(chips).findByText('Nieuw in het netwerk via: een bijeenkomst');

      await user.click(within(chips).getByRole('button', { name: 'Rapportagefilters wissen' }));
      await waitFor(() => expect(router.state.location.search).toBe(''));
    });

    it('tells a partner user that the companies of an event are only its own as well', async () => {
      fakeBackend(['partner'], { partnerId: 1, routes: eventRoutes });
      renderRoutes(routes, '/companies?attendedEventId=7');
      await screen.findByRole('table');
      expect(await screen.findByText(/U ziet alleen de bedrijven waarmee uw organisatie werkt/)).toBeInTheDocument();
    });

    it('names the new filters in English too', async () => {
      await changeLanguage('en');
      fakeBackend(['staff'], { routes: eventRoutes });
      renderRoutes(
        routes,
        '/companies?programmeId=1&creditedPartnerId=2&creditedStageId=2&indicator=JOBS_CREATED&outcomePartnerId=1&attendedEventId=9&newAtEventId=7',
      );
      const chips = await screen.findByRole('region', { name: 'Filtered from a report' });
      await within(chips).findByText('Credited to FME Zuid-Holland at stage Informed');
      await within(chips).findByText('Outcome recorded by: Kamer van Koophandel Rotterdam');
      await within(chips).findByText('Attended: an event');
      await within(chips).findByText('New to the network at: Ondernemen010 Live!');
      expect(within(chips).getByText(/^Outcome for MKB010>>Next 2.0: /)).toBeInTheDocument();
    });

    it('shows no partner notice on the ordinary list', async () => {
      fakeBackend(['partner'], { partnerId: 1 });
      renderRoutes(routes, '/companies?district=Charlois');
      await screen.findByRole('table');
      await screen.findByText('partner');
      expect(screen.queryByText(/U ziet alleen de bedrijven/)).not.toBeInTheDocument();
    });
  });

  it('says under the sector filter what the typed code covers, in the chosen language', async () => {
    const api = fakeBackend();
    const { user } = renderRoutes(routes, '/companies');
    await screen.findByRole('table');
    const sector = screen.getByRole('textbox', { name: /Sector/ });

    await user.type(sector, '62.01');
    await waitFor(() => expect(sector).toHaveAccessibleDescription(/Ontwikkelen, produceren en uitgeven van software/));
    // a filter may stop at any digit; a code the list lacks is simply not described
    await user.clear(sector);
    await user.type(sector, '62.1');
    await waitFor(() => expect(sector).toHaveAccessibleDescription('Bijvoorbeeld 62 of 62.01'));

    await changeLanguage('en');
    await user.clear(sector);
    await user.type(sector, '10.71');
    await waitFor(() =>
      expect(sector).toHaveAccessibleDescription(/Manufacture of bread; manufacture of fresh pastry goods and cakes/),
    );
    expect(screen.getByText('10.71 Manufacture of bread; manufacture of fresh pastry goods and cakes')).toBeInTheDocument();
    // fetched once, however many places show a sector
    expect(api.sent('GET', '/api/sbi-codes')).toHaveLength(1);
  });

  it('says "about" when the total is the database\'s estimate', async () => {
    fakeBackend(['staff'], { totalExact: false });
    renderRoutes(routes, '/companies');
    await screen.findByRole('table');
    expect(screen.getByText('ongeveer 18.000 resultaten')).toBeInTheDocument();
  });
});
