import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi } from '@/testing/fake-api';
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
});
