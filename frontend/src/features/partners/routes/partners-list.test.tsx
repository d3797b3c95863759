import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, json, me, noContent } from '@/testing/fake-api';
import { renderRoutes } from '@/testing/render';
import { PartnersListRoute } from '@/features/partners/routes/partners-list';

const partners = [
  { id: 1, name: 'Kamer van Koophandel Rotterdam', kind: 'CHAMBER_OF_COMMERCE', website: 'https://www.kvk.nl', active: true, version: 2 },
  { id: 2, name: 'FME', kind: 'INDUSTRY_ASSOCIATION', active: false, version: 5 },
];

function fakeBackend(roles: string[]) {
  return installFakeApi({
    'GET /api/me': me(roles),
    'GET /api/partners': ({ url }) => {
      const q = url.searchParams.get('q')?.toLowerCase() ?? '';
      const items = partners.filter((partner) => partner.name.toLowerCase().includes(q));
      return json({ items, total: items.length, page: 0, size: 20 });
    },
    'DELETE /api/partners/:id': () => noContent(),
  });
}

const routes = [{ path: 'partners', element: <PartnersListRoute /> }];

describe('partner list', () => {
  it('shows partners in a table with translated kinds and status', async () => {
    fakeBackend(['staff']);
    renderRoutes(routes, '/partners');

    expect(await screen.findByRole('heading', { level: 1, name: 'Partners' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Partners' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Kamer van Koophandel Rotterdam');
    expect(within(rows[1]!).getByText('Kamer van Koophandel')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Branchevereniging')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Inactief')).toBeInTheDocument();
    expect(screen.getByText('2 resultaten')).toBeInTheDocument();
  });

  it('searches with the q parameter and keeps the search in the URL', async () => {
    const api = fakeBackend(['staff']);
    const { user, router } = renderRoutes(routes, '/partners');
    await screen.findByRole('table');

    await user.type(screen.getByRole('searchbox', { name: 'Zoek partners' }), 'fme');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));

    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2));
    expect(screen.getByRole('rowheader', { name: 'FME' })).toBeInTheDocument();
    expect(api.sent('GET', '/api/partners').at(-1)!.url.searchParams.get('q')).toBe('fme');
    expect(router.state.location.search).toBe('?q=fme');
  });

  it('filters by kind and sorts through the API parameters', async () => {
    const api = fakeBackend(['staff']);
    const { user } = renderRoutes(routes, '/partners');
    await screen.findByRole('table');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Soort' }), 'Branchevereniging');
    await waitFor(() =>
      expect(api.sent('GET', '/api/partners').at(-1)!.url.searchParams.get('kind')).toBe('INDUSTRY_ASSOCIATION'),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sorteren op' }), 'Naam (Z–A)');
    await waitFor(() => expect(api.sent('GET', '/api/partners').at(-1)!.url.searchParams.get('sort')).toBe('-name'));
  });

  it('lets an admin delete a partner after confirming, sending the version seen', async () => {
    const api = fakeBackend(['admin']);
    const { user } = renderRoutes(routes, '/partners');

    await user.click(await screen.findByRole('button', { name: 'Verwijderen FME' }));
    const dialog = screen.getByRole('dialog', { name: 'Partner verwijderen' });
    expect(dialog).toHaveAccessibleDescription(/partner „FME” wilt verwijderen/);
    await user.click(within(dialog).getByRole('button', { name: 'Verwijderen' }));

    await waitFor(() => expect(api.sent('DELETE', '/api/partners/2')).toHaveLength(1));
    expect(api.sent('DELETE', '/api/partners/2')[0]!.headers.get('If-Match')).toBe('"5"');
    expect(await screen.findByRole('status')).toHaveTextContent('Partner „FME” is verwijderd.');
    // the list is asked again after the delete
    await waitFor(() => expect(api.sent('GET', '/api/partners').length).toBeGreaterThan(1));
  });

  it('does not delete when the user cancels', async () => {
    const api = fakeBackend(['admin']);
    const { user } = renderRoutes(routes, '/partners');
    await user.click(await screen.findByRole('button', { name: 'Verwijderen FME' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.sent('DELETE', '/api/partners/2')).toHaveLength(0);
  });

  it('hides write actions from roles that may not use them', async () => {
    fakeBackend(['staff']);
    renderRoutes(routes, '/partners');
    expect(await screen.findByRole('link', { name: 'Bewerken FME' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Verwijderen/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nieuwe partner' })).toBeInTheDocument();
  });

  it('shows a read-only list to a partner user', async () => {
    fakeBackend(['partner']);
    renderRoutes(routes, '/partners');
    await screen.findByRole('table');
    await screen.findByText('partner'); // role shown in the header once /api/me answered
    expect(screen.queryByRole('link', { name: 'Nieuwe partner' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Bewerken/ })).not.toBeInTheDocument();
  });
});
