import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, json, problem } from '@/testing/fake-api';
import { meAs, referenceRoutes, withNames } from '@/testing/network-fixtures';
import { renderRoutes } from '@/testing/render';
import { EventCreateRoute } from '@/features/events/routes/event-create';
import { EventDetailRoute } from '@/features/events/routes/event-detail';

const routes = [
  { path: 'events/new', element: <EventCreateRoute /> },
  { path: 'events/:id', element: <EventDetailRoute /> },
];

const created = {
  id: 9, programmeId: 1, title: 'Workshop AI', type: 'WORKSHOP', themes: ['DIGITAL'], venue: 'Blaak 40',
  startsAt: '2026-12-01T13:00:00Z', endsAt: '2026-12-01T15:00:00Z', capacity: 30, stageId: 1,
  status: 'DRAFT', organiserIds: [1], invitedOrganiserIds: [], version: 0,
};

async function fillRequired(user: ReturnType<typeof renderRoutes>['user']) {
  const programme = await screen.findByRole('combobox', { name: /^Programma/ });
  await within(programme).findByRole('option', { name: 'MKB010>>Next 2.0' });
  await user.selectOptions(programme, '1');
  await user.type(screen.getByRole('textbox', { name: /^Titel/ }), 'Workshop AI');
  await user.selectOptions(screen.getByRole('combobox', { name: /^Soort bijeenkomst/ }), 'WORKSHOP');
}

describe('event form', () => {
  it('checks the required fields, the place, the link, the times and the capacity before sending', async () => {
    const api = installFakeApi({ ...referenceRoutes, 'GET /api/me': meAs(['staff']) });
    const { user } = renderRoutes(routes, '/events/new');

    await user.click(await screen.findByRole('button', { name: 'Opslaan' }));
    expect(screen.getByRole('combobox', { name: /^Programma/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: /^Titel/ })).toHaveAccessibleDescription('Vul dit veld in.');
    expect(screen.getByRole('combobox', { name: /^Soort bijeenkomst/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: /^Locatie/ })).toHaveAccessibleDescription(/Vul een locatie of een online link in\.$/);
    expect(screen.getByLabelText(/^Begint op/)).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(screen.getByRole('combobox', { name: /^Programma/ })).toHaveFocus());

    await fillRequired(user);
    await user.type(screen.getByRole('textbox', { name: /^Online link/ }), 'http://example.org');
    await user.type(screen.getByLabelText(/^Begint op/), '2026-12-01T14:00');
    await user.type(screen.getByLabelText(/^Eindigt op/), '2026-12-01T13:00');
    await user.type(screen.getByRole('textbox', { name: /^Capaciteit/ }), '0');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(screen.getByRole('textbox', { name: /^Online link/ })).toHaveAccessibleDescription(/begint met https:\/\/ en bevat geen spaties/);
    expect(screen.getByLabelText(/^Eindigt op/)).toHaveAccessibleDescription('Het einde ligt vóór het begin.');
    expect(screen.getByRole('textbox', { name: /^Capaciteit/ })).toHaveAccessibleDescription(/Vul een geheel getal groter dan 0 in\.$/);
    expect(screen.getByRole('textbox', { name: /^Locatie/ })).not.toHaveAttribute('aria-invalid');
    expect(api.sent('POST', '/api/events')).toHaveLength(0);
  });

  it('sends the event with times in UTC, the stage and the organisers, and opens its page', async () => {
    const api = installFakeApi({
      ...referenceRoutes,
      'GET /api/me': meAs(['staff']),
      'POST /api/events': () => json(withNames(created), { status: 201 }),
      'GET /api/events/:id': () => json(withNames(created), { headers: { ETag: '"0"' } }),
      'GET /api/events/:id/registrations': () => json({ items: [], total: 0, page: 0, size: 50 }),
      'GET /api/events/:id/attendance': () => json({ registered: 0, waitlisted: 0, checkedIn: 0, walkIns: 0, noShows: 0, cancelled: 0, failedScans: 0, capacity: 30 }),
      'GET /api/events/:id/check-ins': () => json([]),
    });
    const { user } = renderRoutes(routes, '/events/new');

    await fillRequired(user);
    await user.click(screen.getByRole('checkbox', { name: 'Digitaal' }));
    await user.type(screen.getByRole('textbox', { name: /^Locatie/ }), 'Blaak 40');
    await user.type(screen.getByLabelText(/^Begint op/), '2026-12-01T14:00');
    await user.type(screen.getByLabelText(/^Eindigt op/), '2026-12-01T16:00');
    await user.type(screen.getByRole('textbox', { name: /^Capaciteit/ }), '30');
    const stage = screen.getByRole('combobox', { name: /^Funnelfase/ });
    await within(stage).findByRole('option', { name: 'Geïnspireerd' });
    await user.selectOptions(stage, 'Geïnspireerd');
    const organisers = screen.getByRole('group', { name: 'Organiserende partners' });
    await user.click(await within(organisers).findByRole('checkbox', { name: 'Kamer van Koophandel Rotterdam' }));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByRole('heading', { level: 1, name: /Workshop AI/ })).toBeInTheDocument();
    expect(screen.getByText('Bijeenkomst „Workshop AI” is aangemaakt als concept.')).toBeInTheDocument();
    const [request] = api.sent('POST', '/api/events');
    expect(request!.body).toEqual({
      programmeId: 1,
      title: 'Workshop AI',
      type: 'WORKSHOP',
      themes: ['DIGITAL'],
      venue: 'Blaak 40',
      startsAt: new Date('2026-12-01T14:00').toISOString(),
      endsAt: new Date('2026-12-01T16:00').toISOString(),
      capacity: 30,
      stageId: 1,
      organiserIds: [1],
    });
  });

  it('shows the server field errors of a 400 at the fields', async () => {
    installFakeApi({
      ...referenceRoutes,
      'GET /api/me': meAs(['staff']),
      'POST /api/events': () =>
        problem(400, {
          type: 'urn:aanjager:problem:validation',
          title: 'The request is not valid',
          errors: [{ field: 'createEvent.request.title', message: 'size must be between 0 and 200', code: 'TOO_LONG', params: { max: '200' } }],
        }),
    });
    const { user } = renderRoutes(routes, '/events/new');
    await fillRequired(user);
    await user.type(screen.getByRole('textbox', { name: /^Locatie/ }), 'Blaak 40');
    await user.type(screen.getByLabelText(/^Begint op/), '2026-12-01T14:00');
    await user.type(screen.getByLabelText(/^Eindigt op/), '2026-12-01T16:00');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Controleer de gemarkeerde velden');
    expect(screen.getByRole('textbox', { name: /^Titel/ })).toHaveAccessibleDescription('Gebruik hoogstens 200 tekens.');
  });
});
