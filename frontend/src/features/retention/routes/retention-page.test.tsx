import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, json } from '@/testing/fake-api';
import { meAs } from '@/testing/network-fixtures';
import { renderRoutes } from '@/testing/render';
import { RetentionRoute } from '@/features/retention/routes/retention-page';

const routes = [{ path: 'bewaartermijn', element: <RetentionRoute /> }];

describe('the retention page', () => {
  it('states the rule, the dry run and the last runs, and runs only after confirmation', async () => {
    const api = installFakeApi({
      'GET /api/me': meAs(['admin']),
      'GET /api/retention': () =>
        json({
          inactiveFor: 'P24M',
          inactiveMonths: 24,
          scheduled: true,
          nextRunAt: '2026-11-29T02:30:00Z',
          cutoff: '2024-11-28T10:00:00Z',
          due: 1,
          firstDue: [{ contactId: 4, name: 'Ria Rood', companyId: 7, companyName: 'Bakkerij De Zon', lastSeenAt: '2024-01-02T10:00:00Z' }],
          lastRuns: [
            { id: 1, startedAt: '2026-11-28T02:30:00Z', cutoff: '2024-11-28T02:30:00Z', anonymised: 3, trigger: 'SCHEDULE', triggeredBy: 'system' },
            { id: 0, startedAt: '2026-11-27T09:00:00Z', cutoff: '2024-11-27T09:00:00Z', anonymised: 2, trigger: 'ADMIN', triggeredBy: 'admin', triggeredByName: 'Anna Admin' },
            { id: -1, startedAt: '2026-11-26T09:00:00Z', cutoff: '2024-11-26T09:00:00Z', anonymised: 1, trigger: 'ADMIN', triggeredBy: 'admin' },
          ],
        }),
      'POST /api/retention/runs': () =>
        json({ id: 2, startedAt: '2026-11-28T10:00:00Z', cutoff: '2024-11-28T10:00:00Z', anonymised: 1, trigger: 'ADMIN', triggeredBy: 'admin', triggeredByName: 'Anna Admin' }),
    });
    const { user } = renderRoutes(routes, '/bewaartermijn');

    expect(await screen.findByText(/in de laatste 24 maanden worden geanonimiseerd/)).toBeInTheDocument();
    expect(screen.getByText('1 contactpersoon zou nu worden geanonimiseerd.', { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Ria Rood' })).toBeInTheDocument();
    expect(screen.getByText(/automatisch · 3 geanonimiseerd/)).toBeInTheDocument();
    // a run started by hand names the admin; one from before names were kept, their role
    expect(screen.getByText(/Anna Admin · 2 geanonimiseerd/)).toBeInTheDocument();
    expect(screen.getByText(/een beheerder · 1 geanonimiseerd/)).toBeInTheDocument();
    expect(screen.queryByText(/\badmin\b/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Nu toepassen' }));
    expect(api.requests.some((request) => request.method === 'POST')).toBe(false);
    const dialog = screen.getByRole('dialog', { name: 'Bewaartermijn nu toepassen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Nu toepassen' }));
    expect(await screen.findByText('Klaar: 1 contactpersoon geanonimiseerd.')).toBeInTheDocument();
  });
});
