import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, json, me, problem } from '@/testing/fake-api';
import { renderRoutes } from '@/testing/render';
import { ProgrammeDetailRoute } from '@/features/programmes/routes/programme-detail';

const programme = {
  id: 5,
  name: 'MKB010>>Next 2.0',
  description: 'Ondernemers verduurzamen',
  themes: ['SUSTAINABLE', 'DIGITAL'],
  startDate: '2025-01-01',
  endDate: '2027-12-31',
  version: 1,
};

function fakeBackend(roles: string[]) {
  let stages = [
    { id: 11, code: 'inspired', name: 'Inspired', position: 1, version: 0 },
    { id: 12, code: 'informed', name: 'Informed', position: 2, version: 0 },
    { id: 13, code: 'advised', name: 'Adviesgesprek gehad', position: 3, version: 0 },
  ];
  let targets = [{ id: 21, name: 'Bereik', stageId: 11, targetCount: 5000, deadline: '2027-12-31', version: 2 }];
  return installFakeApi({
    'GET /api/me': me(roles),
    'GET /api/programmes/:id': () => json(programme, { headers: { ETag: '"1"' } }),
    'GET /api/programmes/:id/stages': () => json(stages),
    'PUT /api/programmes/:id/stages/order': ({ body }) => {
      const ids = (body as { stageIds: number[] }).stageIds;
      stages = ids.map((id, index) => ({ ...stages.find((s) => s.id === id)!, position: index + 1 }));
      return json(stages);
    },
    'DELETE /api/programmes/:id/stages/:stageId': () =>
      problem(409, { type: 'urn:aanjager:problem:conflict', title: 'Conflict', detail: 'Stage is used by a target' }),
    'GET /api/programmes/:id/targets': () => json(targets),
    'POST /api/programmes/:id/targets': ({ body }) => {
      const target = { id: 22, version: 0, ...(body as object) } as (typeof targets)[number];
      targets = [...targets, target];
      return json(target, { status: 201 });
    },
  });
}

const routes = [{ path: 'programmes/:id', element: <ProgrammeDetailRoute /> }];

/** The stage names as listed, e.g. "Fase 1: Geïnspireerd". */
async function stageNames() {
  const list = await screen.findByRole('list', { name: 'Funnelfases' });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.stage__name')?.textContent);
}

describe('programme detail', () => {
  it('shows the programme, its stages in order and its targets, formatted in Dutch', async () => {
    fakeBackend(['staff']);
    renderRoutes(routes, '/programmes/5');

    expect(await screen.findByRole('heading', { level: 1, name: 'MKB010>>Next 2.0' })).toBeInTheDocument();
    expect(screen.getByText('1 jan 2025 t/m 31 dec 2027')).toBeInTheDocument();
    expect(await stageNames()).toEqual(['Fase 1: Geïnspireerd', 'Fase 2: Geïnformeerd', 'Fase 3: Adviesgesprek gehad']);
    const table = await screen.findByRole('table', { name: 'Doelen van dit programma' });
    const row = within(table).getByRole('rowheader', { name: 'Bereik' }).closest('tr')!;
    expect(within(row).getByText('Geïnspireerd')).toBeInTheDocument();
    expect(within(table).getByText('5.000')).toBeInTheDocument();
  });

  it('lets an admin reorder stages with the keyboard, keeping focus on the moved stage', async () => {
    const api = fakeBackend(['admin']);
    const { user } = renderRoutes(routes, '/programmes/5');

    const up = await screen.findByRole('button', { name: 'Omhoog Geïnformeerd' });
    up.focus();
    await user.keyboard('{Enter}');

    await waitFor(() => expect(api.sent('PUT', '/api/programmes/5/stages/order')).toHaveLength(1));
    expect(api.sent('PUT', '/api/programmes/5/stages/order')[0]!.body).toEqual({ stageIds: [12, 11, 13] });
    await waitFor(async () =>
      expect(await stageNames()).toEqual(['Fase 1: Geïnformeerd', 'Fase 2: Geïnspireerd', 'Fase 3: Adviesgesprek gehad']),
    );
    // now first: "up" is disabled, so focus moved to its "down" button
    expect(screen.getByRole('button', { name: 'Omhoog Geïnformeerd' })).toBeDisabled();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Omlaag Geïnformeerd' })).toHaveFocus());
    expect(screen.getByText('„Geïnformeerd” staat nu op plaats 1 van 3.')).toBeInTheDocument();
  });

  it('explains why a stage in use cannot be deleted', async () => {
    fakeBackend(['admin']);
    const { user } = renderRoutes(routes, '/programmes/5');

    await user.click(await screen.findByRole('button', { name: 'Verwijderen Geïnspireerd' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Fase verwijderen' })).getByRole('button', { name: 'Verwijderen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Deze fase wordt nog gebruikt');
    expect(await stageNames()).toHaveLength(3);
  });

  it('lets staff add a target but not change stages', async () => {
    const api = fakeBackend(['staff']);
    const { user } = renderRoutes(routes, '/programmes/5');

    expect(await stageNames()).toHaveLength(3);
    expect(screen.queryByRole('button', { name: /Omhoog/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Fase toevoegen' })).not.toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Naam' }), 'Activeren');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Fase (minimaal bereikt)' }), 'Adviesgesprek gehad');
    await user.type(screen.getByRole('spinbutton', { name: 'Aantal ondernemingen' }), '250');
    await user.type(screen.getByLabelText(/^Uiterlijk op/), '2026-06-30');
    await user.click(screen.getByRole('button', { name: 'Doel toevoegen' }));

    await waitFor(() => expect(api.sent('POST', '/api/programmes/5/targets')).toHaveLength(1));
    expect(api.sent('POST', '/api/programmes/5/targets')[0]!.body).toEqual({
      name: 'Activeren',
      stageId: 13,
      targetCount: 250,
      deadline: '2026-06-30',
    });
    expect(await screen.findByRole('rowheader', { name: 'Activeren' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Naam' })).toHaveValue('');
  });
});
