import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installFakeApi, json, type Handler } from '@/testing/fake-api';
import { meAs, referenceRoutes } from '@/testing/network-fixtures';
import { renderRoutes } from '@/testing/render';
import { ReferralsRoute } from '@/features/referrals/routes/referrals-page';

const base = { fromPartnerId: 2, toPartnerId: 1, createdBy: 'partner2', createdAt: '2026-11-20T10:00:00Z', version: 0 };

function fakeBackend(extra: Record<string, Handler> = {}) {
  const referrals = [
    { ...base, id: 1, companyId: 5, companyName: 'Bakkerij de Zon', contactId: 7, contactName: 'Jan Jansen', reason: 'Zoekt financiering', status: 'OPEN' },
    { ...base, id: 2, companyId: 6, companyName: 'Metaalwerk Zuid', reason: 'Wil exporteren', status: 'ACCEPTED' },
    { ...base, id: 3, companyId: 5, companyName: 'Bakkerij de Zon', reason: 'Oud verzoek', status: 'DECLINED', responseNote: 'Geen capaciteit' },
  ];
  const respond = (status: string) => ({ params, body }: { params: Record<string, string>; body: unknown }) => {
    const referral = referrals.find((candidate) => candidate.id === Number(params.id))!;
    Object.assign(referral, { status, responseNote: (body as { note?: string }).note });
    return json(referral);
  };
  return installFakeApi({
    ...referenceRoutes,
    'GET /api/me': meAs(['partner'], 1),
    'GET /api/referrals': ({ url }) => {
      const status = url.searchParams.get('status');
      const items = url.searchParams.get('box') === 'INBOX' ? referrals.filter((r) => !status || r.status === status) : [];
      return json({ items, total: items.length, page: 0, size: 20 });
    },
    'POST /api/referrals/:id/acceptance': respond('ACCEPTED'),
    'POST /api/referrals/:id/decline': respond('DECLINED'),
    'POST /api/referrals/:id/completion': respond('DONE'),
    ...extra,
  });
}

const routes = [{ path: 'referrals', element: <ReferralsRoute /> }];

describe('referral inbox', () => {
  const objectUrls = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  afterEach(() => {
    vi.restoreAllMocks();
    URL.createObjectURL = objectUrls.create;
    URL.revokeObjectURL = objectUrls.revoke;
  });

  it('downloads the box and status on screen, every page, in the language of the screen', async () => {
    const api = fakeBackend({
      'GET /api/referrals/export': () =>
        new Response('\uFEFFDoorverwezen op;Bedrijf\r\n', {
          headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="doorverwijzingen-2026-11-29.csv"' },
        }),
    });
    // jsdom has no object URLs and does not download: catch the link the SPA clicks
    const saved: string[] = [];
    URL.createObjectURL = vi.fn(() => 'blob:referrals');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const { user } = renderRoutes(routes, '/referrals?status=OPEN');
    await screen.findByRole('table');

    const downloads = screen.getByRole('group', { name: 'Ontvangen doorverwijzingen downloaden' });
    await user.click(within(downloads).getByRole('button', { name: 'Ontvangen doorverwijzingen downloaden als CSV' }));

    await screen.findByText('„doorverwijzingen-2026-11-29.csv” is gedownload.');
    expect(saved).toEqual(['doorverwijzingen-2026-11-29.csv']);
    const download = api.sent('GET', '/api/referrals/export')[0]!;
    expect(Object.fromEntries(download.url.searchParams)).toEqual({ box: 'INBOX', status: 'OPEN', format: 'csv' });
    expect(download.headers.get('Accept-Language')).toBe('nl');
    expect(download.headers.get('Accept')).toContain('text/csv');
  });

  it('says why a download was refused, in Dutch', async () => {
    fakeBackend({
      'GET /api/referrals/export': () =>
        new Response(JSON.stringify({ status: 400, type: 'https://aanjager.nl/problems/validation', title: 'Invalid',
          detail: 'The export would hold 60000 rows', code: 'EXPORT_TOO_LARGE', params: { total: 60000, max: 50000 } }), {
          status: 400, headers: { 'Content-Type': 'application/problem+json' } }),
    });
    const { user } = renderRoutes(routes, '/referrals');
    await screen.findByRole('table');

    await user.click(screen.getByRole('button', { name: 'Ontvangen doorverwijzingen downloaden als Excel' }));

    const alert = await screen.findByRole('alert');
    expect(alert).not.toHaveTextContent('The export would hold');
    expect(alert).toHaveTextContent('Het bestand zou 60.000 regels bevatten; er passen er hoogstens 50.000 in één bestand.');
  });

  it('shows the inbox in a selected tab, with the actions each status allows', async () => {
    fakeBackend();
    renderRoutes(routes, '/referrals');

    expect(screen.getByRole('tab', { name: 'Ontvangen' })).toHaveAttribute('aria-selected', 'true');
    const table = await screen.findByRole('table', { name: 'Ontvangen doorverwijzingen' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    await within(rows[1]!).findByRole('link', { name: 'Bakkerij de Zon' });
    // the person to speak to, when the referral names one the user may see
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Bakkerij de ZonContactpersoon: Jan Jansen');
    expect(within(rows[2]!).getByRole('rowheader')).toHaveTextContent(/^Metaalwerk Zuid$/);
    expect(within(rows[1]!).getByText('Kamer van Koophandel Rotterdam')).toBeInTheDocument();
    expect(within(rows[1]!).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Accepteren Bakkerij de Zon',
      'Afwijzen Bakkerij de Zon',
    ]);
    expect(within(rows[2]!).getAllByRole('button').map((button) => button.textContent)).toEqual(['Afronden Metaalwerk Zuid']);
    expect(within(rows[3]!).queryByRole('button')).not.toBeInTheDocument();
    expect(within(rows[3]!).getByText('Geen capaciteit')).toBeInTheDocument();
  });

  it('accepts with an optional note', async () => {
    const api = fakeBackend();
    const { user } = renderRoutes(routes, '/referrals');

    await user.click(await screen.findByRole('button', { name: 'Accepteren Bakkerij de Zon' }));
    const dialog = screen.getByRole('dialog', { name: 'Doorverwijzing accepteren' });
    expect(dialog).toHaveAccessibleDescription('U neemt „Bakkerij de Zon” over van FME Zuid-Holland.');
    await user.click(within(dialog).getByRole('button', { name: 'Accepteren' }));

    await waitFor(() => expect(api.sent('POST', '/api/referrals/1/acceptance')).toHaveLength(1));
    expect(api.sent('POST', '/api/referrals/1/acceptance')[0]!.body).toEqual({});
    expect(await screen.findByRole('status')).toHaveTextContent('De doorverwijzing van „Bakkerij de Zon” is geaccepteerd.');
    // the inbox is asked again: the referral can now be closed
    expect(await screen.findByRole('button', { name: 'Afronden Bakkerij de Zon' })).toBeInTheDocument();
  });

  it('declines only with a note', async () => {
    const api = fakeBackend();
    const { user } = renderRoutes(routes, '/referrals');

    await user.click(await screen.findByRole('button', { name: 'Afwijzen Bakkerij de Zon' }));
    const dialog = screen.getByRole('dialog', { name: 'Doorverwijzing afwijzen' });
    await user.click(within(dialog).getByRole('button', { name: 'Afwijzen' }));
    expect(within(dialog).getByRole('textbox', { name: /Reden van afwijzen/ })).toHaveAccessibleDescription('Vul dit veld in.');
    expect(api.sent('POST', '/api/referrals/1/decline')).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: /Reden van afwijzen/ }), 'Buiten onze regio');
    await user.click(within(dialog).getByRole('button', { name: 'Afwijzen' }));
    await waitFor(() => expect(api.sent('POST', '/api/referrals/1/decline')).toHaveLength(1));
    expect(api.sent('POST', '/api/referrals/1/decline')[0]!.body).toEqual({ note: 'Buiten onze regio' });
    expect(await screen.findByRole('status')).toHaveTextContent('De doorverwijzing van „Bakkerij de Zon” is afgewezen.');
  });

  it('marks an accepted referral done', async () => {
    const api = fakeBackend();
    const { user } = renderRoutes(routes, '/referrals');

    await user.click(await screen.findByRole('button', { name: 'Afronden Metaalwerk Zuid' }));
    const dialog = screen.getByRole('dialog', { name: 'Doorverwijzing afronden' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Notitie (optioneel)' }), 'Lening rond');
    await user.click(within(dialog).getByRole('button', { name: 'Afronden' }));
    await waitFor(() => expect(api.sent('POST', '/api/referrals/2/completion')).toHaveLength(1));
    expect(api.sent('POST', '/api/referrals/2/completion')[0]!.body).toEqual({ note: 'Lening rond' });
  });

  it('filters by status and switches to the outbox, without actions there', async () => {
    const api = fakeBackend();
    const { user, router } = renderRoutes(routes, '/referrals');
    await screen.findByRole('table');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Open');
    await waitFor(() => expect(api.sent('GET', '/api/referrals').at(-1)!.url.searchParams.get('status')).toBe('OPEN'));

    const inbox = screen.getByRole('tab', { name: 'Ontvangen' });
    inbox.focus();
    await user.keyboard('{ArrowRight}');
    const outbox = screen.getByRole('tab', { name: 'Verzonden' });
    expect(outbox).toHaveFocus();
    expect(outbox).toHaveAttribute('aria-selected', 'true');
    await waitFor(() => expect(api.sent('GET', '/api/referrals').at(-1)!.url.searchParams.get('box')).toBe('OUTBOX'));
    expect(router.state.location.search).toBe('?status=OPEN&box=outbox');
    expect(await screen.findByText(/^Geen doorverwijzingen\./)).toBeInTheDocument();
    // partner users always see their own boxes: no partner picker
    expect(screen.queryByRole('combobox', { name: 'Postvak van partner' })).not.toBeInTheDocument();
  });
});
