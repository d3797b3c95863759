import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, json, problem } from '@/testing/fake-api';
import { meAs, referenceRoutes } from '@/testing/network-fixtures';
import { renderRoutes } from '@/testing/render';
import { FunnelSection } from '@/features/funnel/components/funnel-section';

const funnel = [
  {
    programmeId: 1,
    programmeName: 'MKB010>>Next 2.0',
    currentStageId: 2,
    stages: [
      { stageId: 2, code: 'informed', name: 'Informed', position: 2, reached: true, reachedViaLaterStage: false, firstEnteredAt: '2026-11-20T12:00:00Z' },
      { stageId: 1, code: 'inspired', name: 'Inspired', position: 1, reached: true, reachedViaLaterStage: false, firstEnteredAt: '2026-11-10T12:00:00Z', daysBeforeNext: 10 },
      { stageId: 3, code: 'activated', name: 'Activated', position: 3, reached: false, reachedViaLaterStage: false },
    ],
  },
];

const activities = [
  { id: 41, partnerId: 1, companyId: 5, type: 'ADVICE_SESSION', occurredOn: '2026-11-12', confidential: false, themes: [], needs: [], createdBy: 'partner1', createdAt: '2026-11-12T10:00:00Z', version: 0 },
  { id: 42, partnerId: 2, companyId: 5, type: 'COMPANY_VISIT', occurredOn: '2026-11-14', confidential: false, themes: [], needs: [], createdBy: 'partner2', createdAt: '2026-11-14T10:00:00Z', version: 0 },
];

const timeline = [
  { at: '2026-11-18T14:05:00Z', kind: 'EVENT_CHECKED_IN', refId: 77, label: 'Masterclass Circulair Inkopen', programmeId: 1, stageId: 2, eventId: 3, confidential: false },
  { at: '2026-10-02T09:10:00Z', kind: 'EVENT_CHECKED_IN', refId: 78, label: 'Netwerkontbijt', programmeId: 1, stageId: 1, eventId: 4, confidential: false },
  { at: '2026-11-12T10:00:00Z', kind: 'ACTIVITY', refId: 41, partnerId: 1, label: 'ADVICE_SESSION', confidential: false },
];

const events = [
  // partner 1 organises the masterclass; the breakfast is partner 2's
  { id: 3, programmeId: 1, title: 'Masterclass Circulair Inkopen', type: 'MASTERCLASS', themes: [], startsAt: '2026-11-18T14:00:00Z', endsAt: '2026-11-18T16:00:00Z', status: 'CLOSED', organiserIds: [1], invitedOrganiserIds: [], version: 3 },
  // an earlier masterclass of the same title, which no check-in is at
  { id: 2, programmeId: 1, title: 'Masterclass Circulair Inkopen', type: 'MASTERCLASS', themes: [], startsAt: '2026-05-18T14:00:00Z', endsAt: '2026-05-18T16:00:00Z', status: 'CLOSED', organiserIds: [2], invitedOrganiserIds: [], version: 3 },
  { id: 4, programmeId: 1, title: 'Netwerkontbijt', type: 'NETWORK_EVENT', themes: [], startsAt: '2026-10-02T08:00:00Z', endsAt: '2026-10-02T10:00:00Z', status: 'CLOSED', organiserIds: [2], invitedOrganiserIds: [1], version: 3 },
];

function fakeBackend(roles: string[], partnerId?: number, recordAnswer?: (body: unknown) => Response) {
  const records = [
    { id: 21, companyId: 5, programmeId: 1, stageId: 2, reachedAt: '2026-11-20T12:00:00Z', source: 'MANUAL', creditedPartnerId: 1, recordedBy: 'partner1', recordedAt: '2026-11-20T12:00:00Z' },
    { id: 20, companyId: 5, programmeId: 1, stageId: 3, reachedAt: '2026-11-15T12:00:00Z', source: 'IMPORT', creditedPartnerId: 2, recordedBy: 'staff', recordedAt: '2026-11-15T12:00:00Z', withdrawnAt: '2026-11-16T12:00:00Z', withdrawnBy: 'staff', withdrawnByName: 'Sami Staf', withdrawalReason: 'Dubbel geïmporteerd' },
  ];
  return installFakeApi({
    ...referenceRoutes,
    'GET /api/me': meAs(roles, partnerId),
    'GET /api/companies/:id/funnel': () => json(funnel),
    'GET /api/stage-records': () => json(records),
    'GET /api/activities': ({ url }) => {
      const own = url.searchParams.get('partnerId');
      const items = activities.filter((activity) => !own || activity.partnerId === Number(own));
      return json({ items, total: items.length, page: 0, size: 200 });
    },
    'GET /api/companies/:id/timeline': () => json(timeline),
    'GET /api/events/:id': ({ params }) => json(events.find((event) => event.id === Number(params.id))!),
    'POST /api/stage-records': ({ body }) => recordAnswer?.(body) ?? json({ id: 30, source: 'MANUAL', recordedBy: 'x', recordedAt: '2026-11-24T10:00:00Z', reachedAt: '2026-11-24T10:00:00Z', ...(body as object) }, { status: 201 }),
    'POST /api/stage-records/:id/withdrawal': ({ params, body }) => {
      const record = records.find((candidate) => candidate.id === Number(params.id))!;
      Object.assign(record, { withdrawnAt: '2026-11-24T10:00:00Z', withdrawnBy: 'partner1', withdrawnByName: 'Pieter de Partner', withdrawalReason: (body as { reason: string }).reason });
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
    // who withdrew it by name, never by account
    expect(withdrawn).toHaveTextContent('door Sami Staf');
    expect(withdrawn).not.toHaveTextContent(/\bstaff\b/);
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

  it("records a partner's stage through a basis of its own: its activity or a check-in at its event", async () => {
    const api = fakeBackend(['partner'], 1);
    const { user } = renderRoutes(routes, '/companies/5');

    await user.click(await screen.findByRole('button', { name: 'Fase vastleggen' }));
    await chooseStage(user, 'Geactiveerd');
    await user.type(screen.getByLabelText(/^Datum bereikt/), '2026-11-23');
    expect(screen.queryByRole('combobox', { name: /Toeschrijven aan partner/ })).not.toBeInTheDocument();

    const basis = screen.getByRole('combobox', { name: /^Grond/ });
    expect(basis).toBeRequired();
    expect(basis).toHaveAccessibleDescription(/via een eigen activiteit bij dit bedrijf/);
    const activities = await within(basis).findByRole('group', { name: 'Activiteiten van uw organisatie' });
    // the activity in words, never its number; only the partner's own
    expect(within(activities).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Adviesgesprek op 12 november 2026',
    ]);
    const attendances = await within(basis).findByRole('group', { name: 'Aanwezig bij uw bijeenkomst' });
    // the breakfast is another partner's event (partner 1 is only invited to it)
    expect(within(attendances).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Masterclass Circulair Inkopen, ingecheckt op 18 november 2026',
    ]);
    expect(api.requests.find((request) => request.url.pathname === '/api/activities')!.url.searchParams.get('partnerId')).toBe('1');

    // the basis is required for a partner
    await user.click(screen.getByRole('button', { name: 'Fase vastleggen' }));
    expect(basis).toHaveAccessibleDescription(/Kies de activiteit of bijeenkomst waardoor het bedrijf deze fase bereikte\.$/);
    await waitFor(() => expect(basis).toHaveFocus());
    expect(api.sent('POST', '/api/stage-records')).toHaveLength(0);

    await user.selectOptions(basis, 'Masterclass Circulair Inkopen, ingecheckt op 18 november 2026');
    await user.click(screen.getByRole('button', { name: 'Fase vastleggen' }));
    await waitFor(() => expect(api.sent('POST', '/api/stage-records')).toHaveLength(1));
    expect(api.sent('POST', '/api/stage-records')[0]!.body).toEqual({
      companyId: 5,
      programmeId: 1,
      stageId: 3,
      reachedAt: '2026-11-23T12:00:00Z',
      source: 'EVENT_ATTENDANCE',
      sourceId: 77,
    });
    expect(await screen.findByRole('status')).toHaveTextContent('Fase „Geactiveerd” is vastgelegd.');
  });

  it('shows a refused basis (403 with a field error) at the basis, in words', async () => {
    fakeBackend(['partner'], 1, () =>
      problem(403, {
        type: 'urn:aanjager:problem:forbidden',
        title: 'Forbidden',
        detail: "sourceId: is another partner's activity",
        errors: [{ field: 'sourceId', message: "is another partner's activity" }],
      }),
    );
    const { user } = renderRoutes(routes, '/companies/5');
    await user.click(await screen.findByRole('button', { name: 'Fase vastleggen' }));
    await chooseStage(user, 'Geïnformeerd');
    const basis = screen.getByRole('combobox', { name: /^Grond/ });
    await within(basis).findByRole('option', { name: 'Adviesgesprek op 12 november 2026' });
    await user.selectOptions(basis, 'Adviesgesprek op 12 november 2026');
    await user.click(screen.getByRole('button', { name: 'Fase vastleggen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Een gekozen waarde is voor u niet toegestaan.');
    await waitFor(() => expect(basis).toHaveAttribute('aria-invalid', 'true'));
    expect(basis).toHaveAccessibleDescription(/Deze grond is niet van uw organisatie\./);
    expect(basis).toHaveFocus();
  });

  it('tells a partner without a basis of its own to record an activity first', async () => {
    fakeBackend(['partner'], 3);
    const { user } = renderRoutes(routes, '/companies/5');
    await user.click(await screen.findByRole('button', { name: 'Fase vastleggen' }));
    const basis = screen.getByRole('combobox', { name: /^Grond/ });
    await waitFor(() => expect(basis).toHaveAccessibleDescription(/Leg eerst een activiteit vast/));
    expect(within(basis).getAllByRole('option').map((option) => option.textContent)).toEqual(['Kies een activiteit of bijeenkomst']);
  });

  it('lets staff credit a partner by hand without a basis, or name one', async () => {
    const api = fakeBackend(['staff']);
    const { user } = renderRoutes(routes, '/companies/5');

    await user.click(await screen.findByRole('button', { name: 'Fase vastleggen' }));
    await chooseStage(user, 'Geactiveerd');
    await user.selectOptions(screen.getByRole('combobox', { name: /Toeschrijven aan partner/ }), 'FME Zuid-Holland');
    const basis = screen.getByRole('combobox', { name: /^Grond/ });
    expect(basis).not.toBeRequired();
    // staff see every partner's activities at the company, with whose they are
    await within(basis).findByRole('option', { name: 'Bedrijfsbezoek op 14 november 2026 (FME Zuid-Holland)' });
    expect(within(basis).getByRole('option', { name: 'Netwerkontbijt, ingecheckt op 2 oktober 2026' })).toBeInTheDocument();
    expect(api.requests.find((request) => request.url.pathname === '/api/activities')!.url.searchParams.has('partnerId')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Fase vastleggen' }));

    await waitFor(() => expect(api.sent('POST', '/api/stage-records')).toHaveLength(1));
    // no basis: the API's default, MANUAL
    expect(api.sent('POST', '/api/stage-records')[0]!.body).toEqual({ companyId: 5, programmeId: 1, stageId: 3, creditedPartnerId: 2 });
  });
});

async function chooseStage(user: ReturnType<typeof renderRoutes>['user'], stageName: string) {
  const programme = screen.getByRole('combobox', { name: /^Programma/ });
  await within(programme).findByRole('option', { name: 'MKB010>>Next 2.0' });
  await user.selectOptions(programme, '1');
  const stage = screen.getByRole('combobox', { name: /^Fase/ });
  await within(stage).findByRole('option', { name: stageName });
  await user.selectOptions(stage, stageName);
}
