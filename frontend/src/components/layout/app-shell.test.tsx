import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, json } from '@/testing/fake-api';
import { meAs } from '@/testing/network-fixtures';
import { renderRoutes } from '@/testing/render';

const page = (title: string) => <h1>{title}</h1>;

describe('the app header', () => {
  it('folds the navigation behind a menu button that says whether it is open and closes on the next page', async () => {
    installFakeApi({ 'GET /api/me': meAs(['staff']) });
    const { user, router } = renderRoutes(
      [
        { path: 'companies', element: page('Bedrijven') },
        { path: 'partners', element: page('Partners') },
      ],
      '/companies',
    );
    const menu = await screen.findByRole('button', { name: 'Menu' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveAttribute('aria-controls', 'app-menu');
    expect(document.getElementById('app-menu')).not.toHaveClass('app-header__menu--open');

    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById('app-menu')).toHaveClass('app-header__menu--open');

    await user.click(within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getByRole('link', { name: 'Partners' }));
    expect(router.state.location.pathname).toBe('/partners');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
  });

  it('leads a partner to their own work and counts the referrals waiting in their inbox', async () => {
    const api = installFakeApi({
      'GET /api/me': meAs(['partner'], 1),
      'GET /api/referrals': () => json({ items: [], total: 3, page: 0, size: 1 }),
    });
    renderRoutes([{ path: 'companies', element: page('Bedrijven') }], '/companies');
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(await within(nav).findByRole('link', { name: 'Mijn werk' })).toHaveAttribute('href', '/my-work');
    expect(await within(nav).findByRole('link', { name: 'Doorverwijzingen, 3 open' })).toHaveAttribute('href', '/referrals');
    expect(Object.fromEntries(api.sent('GET', '/api/referrals')[0]!.url.searchParams)).toMatchObject({ box: 'INBOX', status: 'OPEN' });
  });

  it('shows staff no count and no page of their own: they look at every partner', async () => {
    const api = installFakeApi({ 'GET /api/me': meAs(['staff']) });
    renderRoutes([{ path: 'companies', element: page('Bedrijven') }], '/companies');
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(await within(nav).findByRole('link', { name: 'Doorverwijzingen' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Mijn werk' })).not.toBeInTheDocument();
    expect(api.sent('GET', '/api/referrals')).toHaveLength(0);
  });
});
