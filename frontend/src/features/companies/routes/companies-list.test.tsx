import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, json } from '@/testing/fake-api';
import { meAs, referenceRoutes } from '@/testing/network-fixtures';
import { renderRoutes } from '@/testing/render';
import { CompaniesListRoute } from '@/features/companies/routes/companies-list';

const companies = [
  { id: 5, kvkNumber: '12345678', name: 'Bakkerij de Zon', postcode: '3011 AB', city: 'Rotterdam', district: 'Centrum', sizeClass: 'MICRO', sbiCode: '10.71', tags: [], createdAt: '2026-01-01T10:00:00Z', version: 0 },
  { id: 6, kvkNumber: '87654321', name: 'Metaalwerk Zuid', postcode: '3081 AA', district: 'Charlois', sizeClass: 'SMALL', tags: [], createdAt: '2026-01-02T10:00:00Z', version: 0 },
];

function fakeBackend(roles = ['staff']) {
  return installFakeApi({
    ...referenceRoutes,
    'GET /api/me': meAs(roles),
    'GET /api/companies': () => json({ items: companies, total: 2, page: 0, size: 20 }),
  });
}

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
    expect(screen.getByRole('link', { name: 'Nieuw bedrijf' })).toBeInTheDocument();
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
    await waitFor(() => expect(lastQuery(api).get('partnerId')).toBe('2'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sorteren op' }), 'Nieuwst toegevoegd');
    await waitFor(() => expect(lastQuery(api).get('sort')).toBe('-createdAt'));

    // all of it survives in the URL, so the list can be bookmarked and shared
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      size: 'SMALL',
      programme: '1',
      stage: '2',
      theme: 'CIRCULAR',
      partner: '2',
      sort: '-createdAt',
    });

    // another programme drops the stage of the previous one
    await user.selectOptions(screen.getByRole('combobox', { name: 'Programma' }), 'Smart Industry Rotterdam');
    await waitFor(() => expect(lastQuery(api).get('programmeId')).toBe('2'));
    expect(lastQuery(api).get('stageId')).toBeNull();
  });

  it('reads the filters from the URL on the first request', async () => {
    const api = fakeBackend();
    renderRoutes(routes, '/companies?q=zon&programme=1&stage=3&page=2');
    await screen.findByRole('table');
    expect(lastQuery(api).get('q')).toBe('zon');
    expect(lastQuery(api).get('programmeId')).toBe('1');
    expect(lastQuery(api).get('stageId')).toBe('3');
    expect(lastQuery(api).get('page')).toBe('1');
    expect(screen.getByRole('searchbox', { name: 'Zoek bedrijven' })).toHaveValue('zon');
  });

  it('offers no "new company" to a door volunteer', async () => {
    fakeBackend(['checkin']);
    renderRoutes(routes, '/companies');
    await screen.findByRole('table');
    await screen.findByText('check-in');
    expect(screen.queryByRole('link', { name: 'Nieuw bedrijf' })).not.toBeInTheDocument();
  });
});
