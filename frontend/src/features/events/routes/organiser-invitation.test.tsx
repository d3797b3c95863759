import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, json, problem } from '@/testing/fake-api';
import { meAs, referenceRoutes, withNames } from '@/testing/network-fixtures';
import { renderRoutes } from '@/testing/render';
import { EventDetailRoute } from '@/features/events/routes/event-detail';
import { EventEditRoute } from '@/features/events/routes/event-edit';
import { EventCreateRoute } from '@/features/events/routes/event-create';
import { EventsListRoute } from '@/features/events/routes/events-list';

const routes = [
  { path: 'events', element: <EventsListRoute /> },
  { path: 'events/new', element: <EventCreateRoute /> },
  { path: 'events/:id', element: <EventDetailRoute /> },
  { path: 'events/:id/edit', element: <EventEditRoute /> },
];

// FME (partner 2) organises the workshop and invited the Chamber of Commerce (partner 1)
const workshop = {
  id: 9, programmeId: 1, title: 'Workshop AI', type: 'WORKSHOP', themes: [], venue: 'Blaak 40',
  startsAt: '2026-12-01T13:00:00Z', endsAt: '2026-12-01T15:00:00Z', status: 'PUBLISHED',
  organiserIds: [2], invitedOrganiserIds: [1], version: 4,
};

function fakeBackend(roles: string[], partnerId?: number, answer?: () => Response) {
  const event = { ...workshop, organiserIds: [...workshop.organiserIds], invitedOrganiserIds: [...workshop.invitedOrganiserIds] };
  const respond = (accept: boolean) => () => {
    if (answer) return answer();
    event.invitedOrganiserIds = event.invitedOrganiserIds.filter((id) => id !== partnerId);
    if (accept) event.organiserIds.push(partnerId!);
    event.version += 1;
    return json(withNames(event));
  };
  return installFakeApi({
    ...referenceRoutes,
    'GET /api/me': meAs(roles, partnerId),
    'GET /api/events': ({ url }) => {
      const items = url.searchParams.get('invited') === 'true' ? (event.invitedOrganiserIds.includes(partnerId!) ? [event] : []) : [event];
      return json({ items: items.map(withNames), total: items.length, page: 0, size: 20 });
    },
    'GET /api/events/:id': () => json(withNames(event), { headers: { ETag: `"${event.version}"` } }),
    'GET /api/events/:id/registrations': () => json({ items: [], total: 0, page: 0, size: 50 }),
    'GET /api/events/:id/attendance': () =>
      json({ registered: 0, waitlisted: 0, checkedIn: 0, walkIns: 0, noShows: 0, cancelled: 0, failedScans: 0, capacity: 30 }),
    'GET /api/events/:id/check-ins': () => json([]),
    'POST /api/events/:id/invitation/acceptance': respond(true),
    'POST /api/events/:id/invitation/decline': respond(false),
    'PUT /api/events/:id': ({ body }) => json(withNames({ ...event, ...(body as object), version: event.version + 1 })),
  });
}

describe('an invitation to organise an event', () => {
  it('shows the organisers and the invited partners by name, and lets the invited partner accept after confirming', async () => {
    const api = fakeBackend(['partner'], 1);
    const { user } = renderRoutes(routes, '/events/9');

    await screen.findByRole('heading', { level: 1, name: /Workshop AI/ });
    const details = screen.getByRole('region', { name: 'Gegevens' });
    expect(await within(details).findByText('FME Zuid-Holland')).toBeInTheDocument();
    expect(within(details).getByText('Uitgenodigd als organisator').nextElementSibling).toHaveTextContent('Kamer van Koophandel Rotterdam');

    const invitation = screen.getByRole('region', { name: 'Uitnodiging om mee te organiseren' });
    expect(await within(invitation).findByText('FME Zuid-Holland nodigt uw organisatie uit om deze bijeenkomst mee te organiseren.')).toBeInTheDocument();
    // not an organiser yet: nothing to manage, no registrations to see
    expect(screen.queryByRole('link', { name: 'Bewerken' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Aanmeldingen' })).not.toBeInTheDocument();
    expect(api.sent('GET', '/api/events/9/registrations')).toHaveLength(0);

    // cancelling the confirmation answers nothing
    await user.click(within(invitation).getByRole('button', { name: 'Uitnodiging accepteren' }));
    let dialog = screen.getByRole('dialog', { name: 'Meeorganiseren accepteren' });
    expect(dialog).toHaveAccessibleDescription(/u ziet de aanmeldingen met namen/);
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(api.sent('POST', '/api/events/9/invitation/acceptance')).toHaveLength(0);

    await user.click(within(invitation).getByRole('button', { name: 'Uitnodiging accepteren' }));
    dialog = screen.getByRole('dialog', { name: 'Meeorganiseren accepteren' });
    await user.click(within(dialog).getByRole('button', { name: 'Uitnodiging accepteren' }));

    await waitFor(() => expect(api.sent('POST', '/api/events/9/invitation/acceptance')).toHaveLength(1));
    expect((await screen.findByText('U organiseert „Workshop AI” nu mee.')).closest('[role="status"]')).not.toBeNull();
    // now an organiser: the invitation is gone, the event can be managed and its registrations read
    expect(screen.queryByRole('region', { name: 'Uitnodiging om mee te organiseren' })).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Bewerken' })).toBeInTheDocument();
    await waitFor(() => expect(api.sent('GET', '/api/events/9/registrations').length).toBeGreaterThan(0));
    expect(within(details).queryByText('Uitgenodigd als organisator')).not.toBeInTheDocument();
    expect(within(details).getByText('FME Zuid-Holland, Kamer van Koophandel Rotterdam')).toBeInTheDocument();
  });

  it('declines after a confirmation', async () => {
    const api = fakeBackend(['partner'], 1);
    const { user } = renderRoutes(routes, '/events/9');
    const invitation = await screen.findByRole('region', { name: 'Uitnodiging om mee te organiseren' });
    await user.click(within(invitation).getByRole('button', { name: 'Uitnodiging afwijzen' }));
    const dialog = screen.getByRole('dialog', { name: 'Uitnodiging afwijzen' });
    await user.click(within(dialog).getByRole('button', { name: 'Uitnodiging afwijzen' }));
    await waitFor(() => expect(api.sent('POST', '/api/events/9/invitation/decline')).toHaveLength(1));
    expect(await screen.findByRole('status')).toHaveTextContent('U hebt de uitnodiging voor „Workshop AI” afgewezen.');
    expect(screen.queryByRole('region', { name: 'Uitnodiging om mee te organiseren' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Bewerken' })).not.toBeInTheDocument();
  });

  it('says an invitation answered elsewhere is no longer open (409)', async () => {
    fakeBackend(['partner'], 1, () =>
      problem(409, { type: 'urn:aanjager:problem:conflict', title: 'Conflict', detail: 'Your partner has no open invitation to organise this event' }),
    );
    const { user } = renderRoutes(routes, '/events/9');
    const invitation = await screen.findByRole('region', { name: 'Uitnodiging om mee te organiseren' });
    await user.click(within(invitation).getByRole('button', { name: 'Uitnodiging accepteren' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Uitnodiging accepteren' }));
    expect(await within(invitation).findByRole('alert')).toHaveTextContent('Deze uitnodiging staat niet meer open');
  });

  it('shows staff the invited partner without an invitation to answer', async () => {
    fakeBackend(['staff']);
    renderRoutes(routes, '/events/9');
    await screen.findByRole('heading', { level: 1, name: /Workshop AI/ });
    expect(await screen.findByText('Uitgenodigd als organisator')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Uitnodiging om mee te organiseren' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bewerken' })).toBeInTheDocument();
  });

  it("lists a partner's open invitations above the events, and none for staff", async () => {
    const api = fakeBackend(['partner'], 1);
    renderRoutes(routes, '/events');
    const invitations = await screen.findByRole('region', { name: 'Uw organisatie is uitgenodigd voor 1 bijeenkomst' });
    expect(within(invitations).getByRole('link', { name: 'Workshop AI' })).toHaveAttribute('href', '/events/9');
    expect(api.requests.some((request) => request.url.searchParams.get('invited') === 'true')).toBe(true);
  });

  it('asks nothing about invitations for staff', async () => {
    const api = fakeBackend(['staff']);
    renderRoutes(routes, '/events');
    await screen.findByRole('table', { name: 'Bijeenkomsten' });
    expect(screen.queryByRole('region', { name: /uitgenodigd voor/ })).not.toBeInTheDocument();
    expect(api.requests.some((request) => request.url.searchParams.has('invited'))).toBe(false);
  });

  it('tells a partner that other partners it names are invited, and starts a new event with its own partner', async () => {
    fakeBackend(['partner'], 2);
    renderRoutes(routes, '/events/new');
    const organisers = await screen.findByRole('group', { name: 'Organiserende partners' });
    expect(organisers).toHaveAccessibleDescription(/Andere partners die u aanvinkt, krijgen een uitnodiging/);
    expect(await within(organisers).findByRole('checkbox', { name: 'FME Zuid-Holland' })).toBeChecked();
    expect(within(organisers).getByRole('checkbox', { name: 'Kamer van Koophandel Rotterdam' })).not.toBeChecked();
  });

  it("keeps the partner's open invitations when it saves the event (an invitation not named again is withdrawn)", async () => {
    const api = fakeBackend(['partner'], 2);
    const { user } = renderRoutes(routes, '/events/9/edit');
    const organisers = await screen.findByRole('group', { name: 'Organiserende partners' });
    expect(await within(organisers).findByRole('checkbox', { name: 'Kamer van Koophandel Rotterdam (uitgenodigd)' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(api.sent('PUT', '/api/events/9')).toHaveLength(1));
    expect((api.sent('PUT', '/api/events/9')[0]!.body as { organiserIds: number[] }).organiserIds.sort()).toEqual([1, 2]);
  });

  it('keeps an open invitation open when staff save, and says that the partner decides', async () => {
    const api = fakeBackend(['staff']);
    const { user } = renderRoutes(routes, '/events/9/edit');
    const organisers = await screen.findByRole('group', { name: 'Organiserende partners' });
    await waitFor(() =>
      expect(organisers).toHaveAccessibleDescription(/Openstaande uitnodiging: Kamer van Koophandel Rotterdam\. Zij organiseren mee zodra zij de uitnodiging accepteren/),
    );
    expect(within(organisers).getByRole('checkbox', { name: 'Kamer van Koophandel Rotterdam (uitgenodigd)' })).toBeChecked();
    expect(within(organisers).getByRole('checkbox', { name: 'FME Zuid-Holland' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(api.sent('PUT', '/api/events/9')).toHaveLength(1));
    expect((api.sent('PUT', '/api/events/9')[0]!.body as { organiserIds: number[] }).organiserIds.sort()).toEqual([1, 2]);
  });
});
