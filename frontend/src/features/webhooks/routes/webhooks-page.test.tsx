import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, json, problem } from '@/testing/fake-api';
import { meAs, referenceRoutes } from '@/testing/network-fixtures';
import { renderRoutes } from '@/testing/render';
import { WebhooksRoute } from '@/features/webhooks/routes/webhooks-page';

const base = { partnerId: 1, createdAt: '2026-11-20T10:00:00Z', version: 3 };

function fakeBackend() {
  const subscriptions = [
    { ...base, id: 11, url: 'https://crm.kvk.example/hooks', eventTypes: ['referral.accepted'], description: 'Ons CRM', enabled: true },
    {
      ...base, id: 12, url: 'https://oud.kvk.example/hooks', eventTypes: ['company.stage_reached'], enabled: false,
      failingSince: '2026-11-15T10:00:00Z', disabledAt: '2026-11-20T10:00:00Z',
      disabledReason: 'Every delivery since 2026-11-15T10:00:00Z failed; the last attempt: HTTP status 503.',
    },
  ];
  const deliveries = [
    {
      id: 501, eventId: 901, eventType: 'referral.accepted', state: 'DELIVERED', attemptCount: 2, createdAt: '2026-11-21T09:00:00Z',
      attempts: [
        { at: '2026-11-21T09:00:05Z', statusCode: 200, durationMs: 41, responseExcerpt: '{"ok":true}' },
        { at: '2026-11-21T09:00:00Z', statusCode: 500, durationMs: 12, responseExcerpt: 'kapot' },
      ],
    },
  ];
  return installFakeApi({
    ...referenceRoutes,
    'GET /api/me': meAs(['partner'], 1),
    'GET /api/webhooks': () => json({ items: subscriptions, total: subscriptions.length, page: 0, size: 50 }),
    'POST /api/webhooks': ({ body }) => {
      const request = body as { url: string };
      if (request.url.includes('10.0.0.')) {
        return problem(400, {
          type: 'urn:aanjager:problem:validation', title: 'The request is not valid',
          errors: [
            {
              field: 'url',
              message: 'resolves to a private or reserved address (10.0.0.1), which is not allowed',
              code: 'FORMAT',
              params: { format: 'webhook-url' },
            },
          ],
        });
      }
      const created = { ...base, id: 13, description: 'Nieuw', enabled: true, ...(body as { url: string; eventTypes: string[] }) };
      subscriptions.push(created);
      return json({ ...created, secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }, { status: 201 });
    },
    'GET /api/webhooks/:id/deliveries': () => json({ items: deliveries, total: 1, page: 0, size: 20 }),
    'POST /api/webhooks/:id/deliveries/:deliveryId/resend': () => json({ deliveryId: 501, eventId: 901 }, { status: 202 }),
    'POST /api/webhooks/:id/pings': () => json({ deliveryId: 502, eventId: 902 }, { status: 202 }),
  });
}

const routes = [{ path: 'webhooks', element: <WebhooksRoute /> }];

describe('webhooks page', () => {
  it('lists the subscriptions with readable event names, and says why one was disabled', async () => {
    fakeBackend();
    renderRoutes(routes, '/webhooks');
    const list = await screen.findByRole('list', { name: 'Webhooks' });
    const [first, second] = within(list).getAllByRole('listitem').filter((item) => item.classList.contains('subscription'));
    expect(within(first!).getByRole('heading', { name: 'Ons CRM' })).toBeInTheDocument();
    expect(within(first!).getByText('Doorverwijzing geaccepteerd')).toBeInTheDocument();
    expect(within(first!).getByText('Actief')).toBeInTheDocument();
    expect(within(second!).getByText('Uitgeschakeld')).toBeInTheDocument();
    expect(within(second!).getByText(/Uitgeschakeld op .*HTTP status 503/)).toBeInTheDocument();
    expect(within(second!).getByText('Bedrijf bereikt een nieuwe fase')).toBeInTheDocument();
    expect(screen.queryByText('company.stage_reached')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Webhooks' })).toBeInTheDocument();
  });

  it('shows the secret once after creating, and the server’s refusal of an inside address at the field', async () => {
    const api = fakeBackend();
    const { user } = renderRoutes(routes, '/webhooks');
    await user.click(await screen.findByRole('button', { name: 'Webhook toevoegen' }));
    const url = screen.getByRole('textbox', { name: /Adres \(URL\)/ });
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Kies minstens één gebeurtenis.')).toBeInTheDocument();
    expect(api.sent('POST', '/api/webhooks')).toHaveLength(0);

    await user.clear(url);
    await user.type(url, 'https://10.0.0.1/hook');
    await user.click(screen.getByRole('checkbox', { name: 'Doorverwijzing geaccepteerd' }));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText(/vanaf internet bereikbaar is, geen intern of privéadres/)).toBeInTheDocument();

    await user.clear(url);
    await user.type(url, 'https://crm.kvk.example/nieuw');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    const secret = await screen.findByRole('region', { name: 'Uw geheime sleutel' });
    expect(within(secret).getByText('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')).toBeInTheDocument();
    expect(within(secret).getByText(/u krijgt hem niet opnieuw te zien/)).toBeInTheDocument();
    expect(api.sent('POST', '/api/webhooks').at(-1)!.body).toEqual({
      url: 'https://crm.kvk.example/nieuw', eventTypes: ['referral.accepted'], enabled: true,
    });
    await user.click(within(secret).getByRole('button', { name: 'Ik heb de sleutel bewaard' }));
    await waitFor(() => expect(screen.queryByText('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')).not.toBeInTheDocument());
  });

  it('opens the delivery log with each attempt, and sends a message again', async () => {
    const api = fakeBackend();
    const { user } = renderRoutes(routes, '/webhooks');
    const list = await screen.findByRole('list', { name: 'Webhooks' });
    const first = within(list).getAllByRole('listitem').find((item) => item.classList.contains('subscription'))!;
    await user.click(within(first).getByRole('button', { name: 'Logboek' }));
    const table = await screen.findByRole('table', { name: 'Verstuurde berichten naar https://crm.kvk.example/hooks' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getByText('Afgeleverd')).toBeInTheDocument();
    expect(within(row).getByText(/HTTP 200 in 41 ms/)).toBeInTheDocument();
    expect(within(row).getByText(/HTTP 500 in 12 ms/)).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Opnieuw versturen' }));
    expect(await screen.findByText('Het bericht wordt opnieuw verstuurd.')).toBeInTheDocument();
    expect(api.sent('POST', '/api/webhooks/11/deliveries/501/resend')).toHaveLength(1);

    await user.click(within(first).getByRole('button', { name: 'Testbericht sturen' }));
    expect(await screen.findByText(/Er is een testbericht verstuurd/)).toBeInTheDocument();
    expect(api.sent('POST', '/api/webhooks/11/pings')).toHaveLength(1);
  });
});
