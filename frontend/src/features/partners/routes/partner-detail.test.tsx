import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, json } from '@/testing/fake-api';
import { meAs, referenceRoutes } from '@/testing/network-fixtures';
import { renderRoutes } from '@/testing/render';
import { PartnerDetailRoute } from '@/features/partners/routes/partner-detail';

function backend(roles: string[], partnerId?: number) {
  return installFakeApi({
    ...referenceRoutes,
    'GET /api/me': meAs(roles, partnerId),
    'GET /api/partners/:id': () =>
      json({ id: 2, name: 'FME Zuid-Holland', kind: 'INDUSTRY_ASSOCIATION', email: 'info@fme.example', website: 'https://www.fme.example', active: true, version: 3 }, { headers: { ETag: '"3"' } }),
    'GET /api/companies': () => json({ items: [{ id: 6, name: 'Metaalwerk Zuid', city: 'Rotterdam', tags: [], createdAt: '2026-01-01T00:00:00Z', version: 0 }], total: 14, totalExact: true, page: 0, size: 10 }),
    'GET /api/reports/partners': () =>
      json({ partners: [{ partnerId: 2, name: 'FME Zuid-Holland', creditedByPosition: [18, 10, 5], activities: 113, referralsSent: 1, referralsReceived: 4, acceptanceRate: 0.75, medianHoursToAccept: 20 }] }),
  });
}

const routes = [{ path: 'partners/:id', element: <PartnerDetailRoute /> }];

describe('a partner page', () => {
  it('shows how to reach the partner, its companies and its contribution per stage, by name', async () => {
    const api = backend(['staff']);
    renderRoutes(routes, '/partners/2');
    expect(await screen.findByRole('heading', { level: 1, name: 'FME Zuid-Holland' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'info@fme.example' })).toHaveAttribute('href', 'mailto:info@fme.example');
    const companies = await screen.findByRole('region', { name: 'Bedrijven waarmee deze partner werkt (14)' });
    expect(within(companies).getByRole('link', { name: 'Alle 14 bedrijven in de bedrijvenlijst' })).toHaveAttribute('href', '/companies?workedWithPartnerId=2');
    const contribution = screen.getByRole('region', { name: 'Bijdrage' });
    expect(await within(contribution).findByText('Bedrijven in fase Informed')).toBeInTheDocument();
    expect(within(contribution).getByText('113')).toBeInTheDocument();
    expect(within(contribution).getByText('75%')).toBeInTheDocument();
    expect(api.sent('GET', '/api/reports/partners')[0]!.url.searchParams.get('programmeId')).toBe('1');
  });

  it('does not ask for another partner\'s companies on behalf of a partner user', async () => {
    const api = backend(['partner'], 1);
    renderRoutes(routes, '/partners/2');
    expect(await screen.findByRole('heading', { level: 1, name: 'FME Zuid-Holland' })).toBeInTheDocument();
    await screen.findByRole('region', { name: 'Bijdrage' });
    expect(screen.queryByRole('region', { name: /Bedrijven waarmee/ })).not.toBeInTheDocument();
    expect(api.sent('GET', '/api/companies')).toHaveLength(0);
  });
});
