import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, json } from '@/testing/fake-api';
import { meAs, referenceRoutes } from '@/testing/network-fixtures';
import { renderRoutes } from '@/testing/render';
import { MyWorkRoute } from '@/app/my-work';

const page = (items: unknown[], total = items.length) => json({ items, total, page: 0, size: 5 });

function partnerBackend(withWork: boolean) {
  return installFakeApi({
    ...referenceRoutes,
    'GET /api/me': meAs(['partner'], 1),
    'GET /api/referrals': () =>
      page(withWork ? [{ id: 7, companyId: 5, companyName: 'Bakkerij de Zon', fromPartnerId: 2, toPartnerId: 1, reason: 'Zoekt financiering', status: 'OPEN', createdBy: 'partner2', createdAt: '2026-11-20T10:00:00Z', version: 0 }] : []),
    'GET /api/activities': () =>
      page(withWork ? [{ id: 3, partnerId: 1, companyId: 6, companyName: 'Metaalwerk Zuid', type: 'COMPANY_VISIT', occurredOn: '2026-11-18', summary: 'Rondleiding in de werkplaats', confidential: false, themes: [], needs: [], createdBy: 'partner1', createdAt: '2026-11-18T10:00:00Z', version: 0 }] : []),
    'GET /api/companies': () => json({ items: withWork ? [{ id: 6, name: 'Metaalwerk Zuid', city: 'Rotterdam', tags: [], createdAt: '2026-01-01T00:00:00Z', version: 0 }] : [], total: withWork ? 12 : 0, totalExact: true, page: 0, size: 5 }),
    'GET /api/events': () =>
      page(withWork ? [
        { id: 9, title: 'Ondernemerscafé Zuid', startsAt: '2026-12-03T16:00:00Z', organisers: [{ id: 1, name: 'Kamer van Koophandel Rotterdam' }] },
        { id: 10, title: 'Andermans bijeenkomst', startsAt: '2026-12-04T16:00:00Z', organisers: [{ id: 2, name: 'FME Zuid-Holland' }] },
      ] : []),
  });
}

const routes = [{ path: 'my-work', element: <MyWorkRoute /> }];

describe('a partner\'s own start page', () => {
  it('shows the waiting referrals, latest activities, own companies and own events, by name', async () => {
    const api = partnerBackend(true);
    renderRoutes(routes, '/my-work');

    const referrals = await screen.findByRole('region', { name: 'Open doorverwijzing (1)' });
    expect(await within(referrals).findByRole('link', { name: 'Bakkerij de Zon' })).toHaveAttribute('href', '/companies/5');
    expect(await within(referrals).findByText('van FME Zuid-Holland, 20 nov 2026')).toBeInTheDocument();
    const activities = screen.getByRole('region', { name: 'Laatste activiteiten' });
    expect(await within(activities).findByRole('link', { name: 'Metaalwerk Zuid' })).toBeInTheDocument();
    expect(within(activities).getByText(/^Bedrijfsbezoek · 18 nov 2026$/)).toBeInTheDocument();
    const companies = screen.getByRole('region', { name: 'Bedrijven waarmee u werkt (12)' });
    expect(within(companies).getByRole('link', { name: 'Alle 12 bedrijven in de lijst' })).toHaveAttribute('href', '/companies?workedWithPartnerId=1');
    const events = screen.getByRole('region', { name: 'Uw komende bijeenkomsten' });
    expect(await within(events).findByRole('link', { name: 'Ondernemerscafé Zuid' })).toBeInTheDocument();
    expect(within(events).queryByText('Andermans bijeenkomst')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar het dashboard van het netwerk' })).toHaveAttribute('href', '/dashboard');
    expect(api.sent('GET', '/api/companies')[0]!.url.searchParams.get('workedWithPartnerId')).toBe('1');
    expect(Object.fromEntries(api.sent('GET', '/api/referrals')[0]!.url.searchParams)).toMatchObject({ box: 'INBOX', status: 'OPEN' });
  });

  it('says what to do where there is nothing yet', async () => {
    partnerBackend(false);
    renderRoutes(routes, '/my-work');
    expect(await screen.findByText('Er wachten geen doorverwijzingen op uw antwoord.')).toBeInTheDocument();
    expect(await screen.findByText(/Leg ze vast op de pagina van een bedrijf/)).toBeInTheDocument();
    expect(await screen.findByText('U organiseert geen komende bijeenkomsten.')).toBeInTheDocument();
  });
});
