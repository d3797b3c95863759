import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, json } from '@/testing/fake-api';
import { meAs, referenceRoutes } from '@/testing/network-fixtures';
import { renderRoutes } from '@/testing/render';
import { FunnelSection } from '@/features/funnel/components/funnel-section';

const funnel = [
  {
    programmeId: 1,
    programmeName: 'MKB010>>Next 2.0',
    currentStageId: 2,
    stages: [
      { stageId: 2, code: 'informed', name: 'Informed', position: 2, reached: true, firstEnteredAt: '2026-11-20T12:00:00Z' },
      { stageId: 1, code: 'inspired', name: 'Inspired', position: 1, reached: true, firstEnteredAt: '2026-11-10T12:00:00Z', daysBeforeNext: 10 },
      { stageId: 3, code: 'activated', name: 'Activated', position: 3, reached: false },
    ],
  },
];

function fakeBackend(roles: string[], partnerId?: number) {
  const records = [
    { id: 21, companyId: 5, programmeId: 1, stageId: 2, reachedAt: '2026-11-20T12:00:00Z', source: 'MANUAL', creditedPartnerId: 1, recordedBy: 'partner1', recordedAt: '2026-11-20T12:00:00Z' },
    { id: 20, companyId: 5, programmeId: 1, stageId: 3, reachedAt: '2026-11-15T12:00:00Z', source: 'IMPORT', creditedPartnerId: 2, recordedBy: 'staff', recordedAt: '2026-11-15T12:00:00Z', withdrawnAt: '2026-11-16T12:00:00Z', withdrawnBy: 'staff', withdrawalReason: 'Dubbel geïmporteerd' },
  ];
  return installFakeApi({
    ...referenceRoutes,
    'GET /api/me': meAs(roles, partnerId),
    'GET /api/companies/:id/funnel': () => json(funnel),
    'GET /api/stage-records': () => json(records),
    'POST /api/stage-records': ({ body }) => json({ id: 30, source: 'MANUAL', recordedBy: 'x', recordedAt: '2026-11-24T10:00:00Z', reachedAt: '2026-11-24T10:00:00Z', ...(body as object) }, { status: 201 }),
    'POST /api/stage-records/:id/withdrawal': ({ params, body }) => {
      const record = records.find((candidate) => candidate.id === Number(params.id))!;
      Object.assign(record, { withdrawnAt: '2026-11-24T10:00:00Z', withdrawnBy: 'partner1', withdrawalReason: (body as { reason: string }).reason });
      return json(record);
    },
  });
}

const routes = [{ path: 'companies/:id', element: <FunnelSection companyId={5} /> }];

describe('funnel position', () => {
  it('shows the stages in order with the current one marked, and withdrawn records as withdrawn', async () => {
    fakeBackend(['staff']);
    renderRoutes(routes, '/companies/5');

    const stages = await screen.findByRole('list', { name: 'Fases van MKB010>>Next 2.0' });
    const items = within(stages).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.funnel__name')?.textContent)).toEqual(['Geïnspireerd', 'Geïnformeerd', 'Geactiveerd']);
    expect(items[1]).toHaveAttribute('aria-current', 'step');
    expect(items[0]).toHaveTextContent('Sinds 10 nov 2026');
    expect(items[0]).toHaveTextContent('10 dagen tot de volgende fase');
    expect(items[2]).toHaveTextContent('Nog niet bereikt');

    const withdrawn = await screen.findByRole('row', { name: /Geactiveerd/ });
    expect(withdrawn).toHaveTextContent('Ingetrokken');
    expect(withdrawn).toHaveTextContent('Dubbel geïmporteerd');
    expect(within(withdrawn).queryByRole('button')).not.toBeInTheDocument();
  });

  it('lets a partner withdraw only its own credits, with a reason', async () => {
    const api = fakeBackend(['partner'], 1);
    const { user } = renderRoutes(routes, '/companies/5');

    await user.click(await screen.findByRole('button', { name: /^Intrekken Geïnformeerd/ }));
    const dialog = screen.getByRole('dialog', { name: 'Registratie intrekken' });
    await user.click(within(dialog).getByRole('button', { name: 'Intrekken' }));
    expect(api.sent('POST', '/api/stage-records/21/withdrawal')).toHaveLength(0); // the reason is required
    await user.type(within(dialog).getByRole('textbox', { name: /Reden van intrekken/ }), 'Verkeerd bedrijf');
    await user.click(within(dialog).getByRole('button', { name: 'Intrekken' }));

    await waitFor(() => expect(api.sent('POST', '/api/stage-records/21/withdrawal')).toHaveLength(1));
    expect(api.sent('POST', '/api/stage-records/21/withdrawal')[0]!.body).toEqual({ reason: 'Verkeerd bedrijf' });
    expect(await screen.findByRole('status')).toHaveTextContent('De registratie „Geïnformeerd” is ingetrokken.');
  });

  it('records a stage by hand: programme, stage and date', async () => {
    const api = fakeBackend(['partner'], 1);
    const { user } = renderRoutes(routes, '/companies/5');

    await user.click(await screen.findByRole('button', { name: 'Fase vastleggen' }));
    const programme = screen.getByRole('combobox', { name: /^Programma/ });
    await within(programme).findByRole('option', { name: 'MKB010>>Next 2.0' });
    await user.selectOptions(programme, '1');
    const stage = screen.getByRole('combobox', { name: /^Fase/ });
    await within(stage).findByRole('option', { name: 'Geactiveerd' });
    await user.selectOptions(stage, 'Geactiveerd');
    await user.type(screen.getByLabelText(/^Datum bereikt/), '2026-11-23');
    expect(screen.queryByRole('combobox', { name: /Toeschrijven aan partner/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Fase vastleggen' }));

    await waitFor(() => expect(api.sent('POST', '/api/stage-records')).toHaveLength(1));
    expect(api.sent('POST', '/api/stage-records')[0]!.body).toEqual({
      companyId: 5,
      programmeId: 1,
      stageId: 3,
      reachedAt: '2026-11-23T12:00:00Z',
    });
    expect(await screen.findByRole('status')).toHaveTextContent('Fase „Geactiveerd” is vastgelegd.');
  });
});
