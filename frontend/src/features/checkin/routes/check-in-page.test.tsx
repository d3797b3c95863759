import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, json } from '@/testing/fake-api';
import { meAs } from '@/testing/network-fixtures';
import { renderRoutes } from '@/testing/render';
import { CheckInRoute } from '@/features/checkin/routes/check-in-page';
import { matchAttendees } from '@/features/checkin/components/name-search';

const routes = [{ path: 'check-in', element: <CheckInRoute /> }];

const attendees = [
  { registrationId: 1, name: 'Anouk de Jong', companyName: 'Jansen Metaalbewerking B.V.', status: 'REGISTERED', legacyTicketDigest: '' },
  { registrationId: 2, name: 'Bram de Jong', companyName: 'Bakkerij De Zon', status: 'REGISTERED', legacyTicketDigest: '' },
  { registrationId: 3, name: 'Çiğdem Ünal', companyName: 'Ünal Export', status: 'CANCELLED', legacyTicketDigest: '' },
] as const;

function doorBackend() {
  return installFakeApi({
    'GET /api/me': meAs(['checkin']),
    'GET /api/events': () =>
      json({ items: [{ id: 1, programmeId: 1, title: 'Ondernemen010 Live!', type: 'INSPIRATION_SESSION', themes: [], startsAt: '2026-11-24T08:00:00Z', endsAt: '2026-11-24T12:00:00Z', status: 'PUBLISHED', organiserIds: [1], invitedOrganiserIds: [], version: 0, programmeName: 'MKB010>>Next 2.0', organisers: [{ id: 1, name: 'Kamer van Koophandel Rotterdam' }], invitedOrganisers: [] }], total: 1, page: 0, size: 50 }),
    'GET /api/events/:id/check-in-list': () =>
      json({ eventId: 1, title: 'Ondernemen010 Live!', ticketPublicKey: 'a2V5', generatedAt: '2026-11-24T07:59:00Z', attendees }),
    'GET /api/events/:id/attendance': () => json({ registered: 2, waitlisted: 0, checkedIn: 0, walkIns: 0, noShows: 0, cancelled: 1, failedScans: 0 }),
    'POST /api/events/:id/check-ins': ({ body }) => {
      const { registrationId } = body as { registrationId?: number };
      if (registrationId === 3) {
        return json({ outcome: 'CANCELLED', registrationId, name: 'Çiğdem Ünal', companyName: 'Ünal Export', detail: 'The registration was cancelled' });
      }
      return json({ outcome: 'CHECKED_IN', registrationId, name: 'Anouk de Jong', companyName: 'Jansen Metaalbewerking B.V.', checkedInAt: '2026-11-24T09:00:00Z', checkedInBy: 'checkin' });
    },
    'POST /api/events/:id/walk-ins': ({ body }) => json({ outcome: 'CHECKED_IN', registrationId: 99, name: (body as { name: string }).name }),
  });
}

describe('check-in page', () => {
  it('asks the device name once, picks today\'s only event and checks in by name through the API', async () => {
    const api = doorBackend();
    const { user } = renderRoutes(routes, '/check-in');

    const device = await screen.findByRole('textbox', { name: /^Apparaatnaam/ });
    expect((device as HTMLInputElement).value).toMatch(/^deur-[a-z0-9]+$/);
    await user.clear(device);
    await user.type(device, 'deur-links');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Apparaat: deur-links', { selector: 'summary *' })).toBeInTheDocument();
    expect(window.localStorage.getItem('aanjager.checkin.device')).toBe('deur-links');
    expect(screen.getByText('Ondernemen010 Live!', { selector: 'summary *' })).toBeInTheDocument();
    await screen.findByText(/Deelnemerslijst van .* staat op dit apparaat \(3 personen\)/);

    await user.type(screen.getByRole('searchbox', { name: /^Naam of bedrijf/ }), 'anouk jong');
    const results = screen.getByRole('list', { name: 'Gevonden deelnemers' });
    expect(within(results).getAllByRole('listitem')).toHaveLength(1);
    await user.click(within(results).getByRole('button', { name: 'Inchecken Anouk de Jong' }));

    expect(await screen.findByText('Toegelaten')).toBeInTheDocument();
    expect(screen.getByTestId('scan-result')).toHaveClass('feedback-area--full');
    const [request] = api.sent('POST', '/api/events/1/check-ins');
    expect(request!.body).toMatchObject({ registrationId: 1, device: 'deur-links' });
    expect((request!.body as { clientId: string }).clientId).toMatch(/^[0-9a-f-]{36}$/);
    expect(screen.getByRole('button', { name: 'Check-in van Anouk de Jong ongedaan maken' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(screen.getByTestId('scan-result')).not.toHaveClass('feedback-area--full');
    expect(screen.getByRole('searchbox', { name: /^Naam of bedrijf/ })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Check-in van Anouk de Jong ongedaan maken' })).toBeInTheDocument();
  });

  it('shows a refusal in red with the translated reason, as an alert', async () => {
    doorBackend();
    window.localStorage.setItem('aanjager.checkin.device', 'deur-rechts');
    const { user } = renderRoutes(routes, '/check-in');
    await screen.findByText(/staat op dit apparaat/);
    await user.type(screen.getByRole('searchbox', { name: /^Naam of bedrijf/ }), 'unal');
    await user.click(screen.getByRole('button', { name: 'Inchecken Çiğdem Ünal' }));
    const alert = await screen.findByRole('alert');
    await within(alert).findByText('Geweigerd');
    expect(alert).toHaveTextContent('Aanmelding is geannuleerd');
    expect(alert).toHaveTextContent('Çiğdem Ünal');
  });

  it('admits a walk-in with the device name', async () => {
    const api = doorBackend();
    window.localStorage.setItem('aanjager.checkin.device', 'deur-rechts');
    const { user } = renderRoutes(routes, '/check-in');
    await screen.findByText(/staat op dit apparaat/);
    await user.click(screen.getByText('Binnenlaten zonder aanmelding'));
    await user.type(screen.getByRole('textbox', { name: /^Naam/ }), 'Sanne Smit');
    await user.type(screen.getByRole('textbox', { name: /^Bedrijf/ }), 'Smit Bouw');
    await user.click(screen.getByRole('button', { name: 'Binnenlaten' }));
    const consent = screen.getByRole('checkbox', { name: /geeft toestemming/ });
    expect(consent).toHaveAccessibleDescription(/Vraag toestemming/);
    expect(api.sent('POST', '/api/events/1/walk-ins')).toHaveLength(0);
    await user.click(consent);
    await user.click(screen.getByRole('button', { name: 'Binnenlaten' }));
    expect(await screen.findByText('Sanne Smit', { selector: '.feedback__name' })).toBeInTheDocument();
    const [request] = api.sent('POST', '/api/events/1/walk-ins');
    expect(request!.body).toMatchObject({ name: 'Sanne Smit', companyName: 'Smit Bouw', device: 'deur-rechts', consent: true });
  });

  it('finds names without regard to case or accents, every word counting', () => {
    expect(matchAttendees(attendees, 'ÜNAL').map((a) => a.registrationId)).toEqual([3]);
    expect(matchAttendees(attendees, 'de jong bakkerij').map((a) => a.registrationId)).toEqual([2]);
    expect(matchAttendees(attendees, '  ')).toEqual([]);
  });
});
