import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json } from '@/testing/fake-api';
import { renderRoutes } from '@/testing/render';
import { fakeBackend, panel, routes } from '@/features/reports/routes/dashboard-fixtures';

// A partner user reads the network's numbers, but only its own partner's relationships open as
// lists: the API refuses another partner's id in a company filter.
describe('the dashboard for a partner user', () => {
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
    const first = renderRoutes(routes, '/dashboard?programmeId=1&creditedPartnerId=2');
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

    const second = renderRoutes(routes, '/dashboard?programmeId=1&creditedPartnerId=1');
    const ownPanel = await screen.findByRole('region', { name: 'Funnel' });
    await second.user.click(await within(ownPanel).findByRole('button', { name: 'Toon als tabel' }));
    expect(await within(ownPanel).findByRole('link', { name: '6 bedrijven in fase Geïnformeerd bekijken' })).toHaveAttribute(
      'href',
      '/companies?programmeId=1&reachedStageId=2&creditedPartnerId=1',
    );
  });

  it('tells a partner user that the numbers count the network and the lists only its own companies', async () => {
    fakeBackend({ roles: ['partner'], partnerId: 1 });
    renderRoutes(routes, '/dashboard');
    expect(await screen.findByText(/De getallen tellen het hele netwerk/)).toBeInTheDocument();
  });
});
