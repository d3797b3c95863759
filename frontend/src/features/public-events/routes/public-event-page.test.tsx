import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { enableAnonymousApi } from '@/lib/api-client';
import { getAccessToken, login } from '@/lib/auth';
import { installFakeApi, json, problem } from '@/testing/fake-api';
import { renderRoutes } from '@/testing/render';
import { PublicEventRoute } from '@/features/public-events/routes/public-event-page';
import { retryAfterSeconds } from '@/features/public-events/api/register-publicly';

const routes = [{ path: 'publiek/bijeenkomsten/:id', element: <PublicEventRoute /> }];

const masterclass = {
  id: 2, title: 'Masterclass Circulair Inkopen', type: 'MASTERCLASS', venue: 'Blaak 40, Rotterdam',
  startsAt: '2026-12-24T14:00:00Z', endsAt: '2026-12-24T16:30:00Z', full: false,
};

function backend(answer: () => Response) {
  return installFakeApi({
    'GET /api/public/events/:id': () => json(masterclass),
    'POST /api/public/events/:id/registrations': answer,
  });
}

async function fillIn(user: ReturnType<typeof renderRoutes>['user']) {
  await user.type(await screen.findByRole('textbox', { name: /^Bedrijfsnaam/ }), 'Groene Daken');
  await user.type(screen.getByRole('textbox', { name: /^Uw naam/ }), 'Eva de Vries');
  await user.type(screen.getByRole('textbox', { name: /^E-mailadres/ }), 'eva@example.org');
  await user.click(screen.getByRole('checkbox', { name: /toestemming/ }));
}

// as main.tsx does for the public pages (the module state lives as long as this test file)
beforeAll(() => enableAnonymousApi());

describe('public registration', () => {
  it('keeps the honeypot away from people: hidden from assistive technology, out of the tab order', async () => {
    backend(() => json({}));
    const { user } = renderRoutes(routes, '/publiek/bijeenkomsten/2', { layout: 'public' });
    await screen.findByRole('heading', { level: 1, name: /Masterclass Circulair Inkopen/ });

    const honeypot = document.querySelector<HTMLInputElement>('input[name="website"]')!;
    expect(honeypot).toHaveAttribute('tabindex', '-1');
    expect(honeypot).toHaveAttribute('autocomplete', 'off');
    expect(honeypot.closest('[aria-hidden="true"]')).toHaveClass('visually-hidden');
    expect(screen.queryByRole('textbox', { name: 'Laat dit veld leeg' })).not.toBeInTheDocument();
    // tabbing through the form never lands on it
    for (let step = 0; step < 12; step += 1) {
      await user.tab();
      expect(document.activeElement).not.toBe(honeypot);
    }
  });

  it('sends the registration without a token and asks to check the mailbox the person typed', async () => {
    const api = backend(() =>
      json({ status: 'RECEIVED', detail: 'Thank you. We sent a message to the address you gave.' }, { status: 202 }),
    );
    vi.mocked(getAccessToken).mockClear();
    const { user } = renderRoutes(routes, '/publiek/bijeenkomsten/2', { layout: 'public' });
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));

    const heading = await screen.findByRole('heading', { level: 2, name: 'Kijk in uw mailbox' });
    // focus moves to the confirmation that replaced the form
    expect(heading).toHaveFocus();
    const confirmation = screen.getByRole('region', { name: 'Kijk in uw mailbox' });
    expect(confirmation).toHaveTextContent(
      'We hebben uw ticket, of uw plaats op de wachtlijst, gemaild naar eva@example.org',
    );
    expect(confirmation).toHaveTextContent('Meld u af via de link in de e-mail.');
    // the page shows no ticket, no status and nothing of the API's own wording
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByText(/RECEIVED|AJ[12]\.|Thank you/)).not.toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    const [request] = api.sent('POST', '/api/public/events/2/registrations');
    expect(request!.body).toEqual({ companyName: 'Groene Daken', name: 'Eva de Vries', email: 'eva@example.org', consent: true, website: '' });
    expect(request!.headers.get('Authorization')).toBeNull();
    expect(getAccessToken).not.toHaveBeenCalled();
    expect(login).not.toHaveBeenCalled();
  });

  it('repeats the trimmed address as typed, also when the event is full', async () => {
    installFakeApi({
      'GET /api/public/events/:id': () => json({ ...masterclass, full: true }),
      'POST /api/public/events/:id/registrations': () => json({ status: 'RECEIVED', detail: 'x' }, { status: 202 }),
    });
    const { user } = renderRoutes(routes, '/publiek/bijeenkomsten/2', { layout: 'public' });
    expect(await screen.findByText(/Deze bijeenkomst is vol/)).toBeInTheDocument();
    await user.type(await screen.findByRole('textbox', { name: /^Bedrijfsnaam/ }), 'Groene Daken');
    await user.type(screen.getByRole('textbox', { name: /^Uw naam/ }), 'Eva de Vries');
    await user.type(screen.getByRole('textbox', { name: /^E-mailadres/ }), '  Eva.de.Vries@Example.org ');
    await user.click(screen.getByRole('checkbox', { name: /toestemming/ }));
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));
    expect(await screen.findByRole('region', { name: 'Kijk in uw mailbox' })).toHaveTextContent(
      'gemaild naar Eva.de.Vries@Example.org',
    );
  });

  it('checks consent and the e-mail address before sending', async () => {
    const api = backend(() => json({}));
    const { user } = renderRoutes(routes, '/publiek/bijeenkomsten/2', { layout: 'public' });
    await user.type(await screen.findByRole('textbox', { name: /^Bedrijfsnaam/ }), 'Groene Daken');
    await user.type(screen.getByRole('textbox', { name: /^Uw naam/ }), 'Eva');
    await user.type(screen.getByRole('textbox', { name: /^E-mailadres/ }), 'eva-at-example');
    await user.type(screen.getByRole('textbox', { name: /^KvK-nummer/ }), '123');
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));
    expect(screen.getByRole('textbox', { name: /^E-mailadres/ })).toHaveAccessibleDescription(/Vul een geldig e-mailadres in\.$/);
    expect(screen.getByRole('textbox', { name: /^KvK-nummer/ })).toHaveAccessibleDescription(/Een KvK-nummer heeft 8 cijfers\.$/);
    expect(screen.getByRole('checkbox', { name: /toestemming/ })).toHaveAccessibleDescription('Geef toestemming om u aan te melden.');
    expect(api.sent('POST', '/api/public/events/2/registrations')).toHaveLength(0);
  });

  it('shows the field errors of a 400 at the fields', async () => {
    backend(() =>
      problem(400, {
        type: 'urn:aanjager:problem:validation',
        title: 'The request is not valid',
        errors: [
          { field: 'registerPublicly.request.email', message: 'must be a well-formed email address', code: 'EMAIL' },
          { field: 'kvkNumber', message: 'must be exactly 8 digits', code: 'FORMAT', params: { format: 'kvk-number' } },
        ],
      }),
    );
    const { user } = renderRoutes(routes, '/publiek/bijeenkomsten/2', { layout: 'public' });
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Controleer de gemarkeerde velden');
    const email = screen.getByRole('textbox', { name: /^E-mailadres/ });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Hier sturen we uw ticket naartoe. Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.');
    expect(screen.getByRole('textbox', { name: /^KvK-nummer/ })).toHaveAccessibleDescription(
      'Optioneel: 8 cijfers. Een KvK-nummer bestaat uit 8 cijfers.',
    );
  });

  it('says when to try again after a 429, from Retry-After', async () => {
    backend(() => new Response(null, { status: 429, headers: { 'Retry-After': '42' } }));
    const { user } = renderRoutes(routes, '/publiek/bijeenkomsten/2', { layout: 'public' });
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Probeer het over 42 seconden opnieuw.');
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterSeconds('120')).toBe(120);
    expect(retryAfterSeconds('Wed, 25 Nov 2026 10:00:30 GMT', Date.parse('2026-11-25T10:00:00Z'))).toBe(30);
    expect(retryAfterSeconds(null)).toBeUndefined();
    expect(retryAfterSeconds('soon')).toBeUndefined();
  });
});
