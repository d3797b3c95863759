import { screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { enableAnonymousApi } from '@/lib/api-client';
import { installFakeApi, json, problem } from '@/testing/fake-api';
import { renderRoutes } from '@/testing/render';
import { CancelRegistrationRoute } from '@/features/public-events/routes/cancel-registration-page';

const routes = [{ path: 'aanmelden/annuleren', element: <CancelRegistrationRoute /> }];

beforeAll(() => enableAnonymousApi());

describe('cancelling from the link in the mail', () => {
  it('cancels with the code of the link after the person confirms', async () => {
    const api = installFakeApi({
      'POST /api/public/registrations/:code/cancellation': () => json({ status: 'CANCELLED' }),
    });
    const { user } = renderRoutes(routes, '/aanmelden/annuleren?code=sb6X00OzSbnIR1CRZyFK7g', { layout: 'public' });
    expect(screen.getByRole('heading', { level: 1, name: 'Aanmelding annuleren' })).toBeInTheDocument();
    expect(api.requests).toHaveLength(0); // opening the link cancels nothing yet

    await user.click(screen.getByRole('button', { name: 'Ja, annuleer mijn aanmelding' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Uw aanmelding is geannuleerd.');
    expect(api.sent('POST', '/api/public/registrations/sb6X00OzSbnIR1CRZyFK7g/cancellation')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Ja, annuleer mijn aanmelding' })).not.toBeInTheDocument();
  });

  it('says a link that is not (or no longer) valid is so, for a 404', async () => {
    installFakeApi({
      'POST /api/public/registrations/:code/cancellation': () =>
        problem(404, { type: 'urn:aanjager:problem:not-found', title: 'Not found', detail: 'Registration with this code' }),
    });
    const { user } = renderRoutes(routes, '/aanmelden/annuleren?code=unknown', { layout: 'public' });
    await user.click(screen.getByRole('button', { name: 'Ja, annuleer mijn aanmelding' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Deze afmeldlink is niet (meer) geldig.');
  });

  it('explains that an old link with ?token= no longer works and a new one was mailed, without calling the API', async () => {
    const api = installFakeApi({});
    renderRoutes(routes, '/aanmelden/annuleren?token=nNPl29iMDpintngb375BJw', { layout: 'public' });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Deze afmeldlink werkt niet meer');
    expect(alert).toHaveTextContent('U hebt een e-mail gekregen met een nieuwe afmeldlink');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    await waitFor(() => expect(api.requests).toHaveLength(0));
  });

  it('asks for the link from the mail when the code is missing', () => {
    installFakeApi({});
    renderRoutes(routes, '/aanmelden/annuleren', { layout: 'public' });
    expect(screen.getByRole('alert')).toHaveTextContent('Deze link is onvolledig');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
