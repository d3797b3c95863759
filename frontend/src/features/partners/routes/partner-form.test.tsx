import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, json, me, problem } from '@/testing/fake-api';
import { renderRoutes } from '@/testing/render';
import { PartnerCreateRoute } from '@/features/partners/routes/partner-create';
import { PartnerEditRoute } from '@/features/partners/routes/partner-edit';
import { PartnersListRoute } from '@/features/partners/routes/partners-list';

const routes = [
  { path: 'partners', element: <PartnersListRoute /> },
  { path: 'partners/new', element: <PartnerCreateRoute /> },
  { path: 'partners/:id/edit', element: <PartnerEditRoute /> },
];

const emptyPage = () => json({ items: [], total: 0, page: 0, size: 20 });

describe('partner create form', () => {
  it('checks required fields before sending and ties the messages to the fields', async () => {
    const api = installFakeApi({ 'GET /api/me': me(['staff']), 'GET /api/partners': emptyPage });
    const { user } = renderRoutes(routes, '/partners/new');

    await user.click(await screen.findByRole('button', { name: 'Opslaan' }));

    const name = screen.getByRole('textbox', { name: 'Naam' });
    expect(name).toBeRequired();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Vul dit veld in.');
    expect(screen.getByRole('combobox', { name: 'Soort organisatie' })).toHaveAccessibleDescription('Vul dit veld in.');
    await waitFor(() => expect(name).toHaveFocus());
    expect(api.sent('POST', '/api/partners')).toHaveLength(0);
  });

  it('sends the partner and returns to the list with a confirmation', async () => {
    const api = installFakeApi({
      'GET /api/me': me(['staff']),
      'GET /api/partners': emptyPage,
      'POST /api/partners': ({ body }) =>
        json({ id: 10, version: 0, ...(body as object) }, { status: 201, headers: { ETag: '"0"' } }),
    });
    const { user, router } = renderRoutes(routes, '/partners/new');

    await user.type(await screen.findByRole('textbox', { name: 'Naam' }), 'Hogeschool Rotterdam');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Soort organisatie' }), 'Kennisinstelling');
    await user.type(screen.getByRole('textbox', { name: 'E-mailadres' }), 'info@hr.nl');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/partners'));
    expect(api.sent('POST', '/api/partners')[0]!.body).toEqual({
      name: 'Hogeschool Rotterdam',
      kind: 'KNOWLEDGE_INSTITUTION',
      email: 'info@hr.nl',
      active: true,
    });
    expect(await screen.findByRole('status')).toHaveTextContent('Partner „Hogeschool Rotterdam” is aangemaakt.');
  });

  it('shows field errors from a 400 problem next to the fields', async () => {
    installFakeApi({
      'GET /api/me': me(['staff']),
      'POST /api/partners': () =>
        problem(400, {
          type: 'urn:aanjager:problem:validation',
          title: 'Invalid request',
          errors: [
            { field: 'createPartner.request.email', message: 'must be a well-formed email address', code: 'EMAIL' },
            { field: 'website', message: 'must be an http(s) address', code: 'FORMAT', params: { format: 'web-address' } },
          ],
        }),
    });
    const { user } = renderRoutes(routes, '/partners/new');

    await user.type(await screen.findByRole('textbox', { name: 'Naam' }), 'X');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Soort organisatie' }), 'Overig');
    await user.type(screen.getByRole('textbox', { name: 'E-mailadres' }), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Controleer de gemarkeerde velden');
    const email = screen.getByRole('textbox', { name: 'E-mailadres' });
    expect(email).toHaveAccessibleDescription('Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Website' })).toHaveAccessibleDescription(
      'Bijvoorbeeld https://www.voorbeeld.nl Vul een webadres in dat begint met http:// of https://.',
    );
  });
});

describe('partner edit form', () => {
  const stored = { id: 3, name: 'Rabobank', kind: 'FINANCIAL_INSTITUTION', active: true, version: 4 };

  it('sends If-Match with the ETag from the GET', async () => {
    const api = installFakeApi({
      'GET /api/me': me(['staff']),
      'GET /api/partners': emptyPage,
      'GET /api/partners/:id': () => json(stored, { headers: { ETag: '"4"' } }),
      'PUT /api/partners/:id': ({ body }) => json({ ...stored, ...(body as object), version: 5 }, { headers: { ETag: '"5"' } }),
    });
    const { user, router } = renderRoutes(routes, '/partners/3/edit');

    const name = await screen.findByRole('textbox', { name: 'Naam' });
    expect(name).toHaveValue('Rabobank');
    await user.clear(name);
    await user.type(name, 'Rabobank Rotterdam');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/partners'));
    const put = api.sent('PUT', '/api/partners/3')[0]!;
    expect(put.headers.get('If-Match')).toBe('"4"');
    expect(put.body).toMatchObject({ name: 'Rabobank Rotterdam', kind: 'FINANCIAL_INSTITUTION', active: true });
  });

  it('explains a 412 and reloads the latest version on request', async () => {
    let version = 4;
    const api = installFakeApi({
      'GET /api/me': me(['staff']),
      'GET /api/partners/:id': () =>
        json({ ...stored, name: version === 4 ? 'Rabobank' : 'Rabobank (changed)', version }, { headers: { ETag: `"${version}"` } }),
      'PUT /api/partners/:id': () => {
        version = 6; // someone else saved in the meantime
        return problem(412, { type: 'urn:aanjager:problem:precondition-failed', title: 'Precondition Failed' });
      },
    });
    const { user } = renderRoutes(routes, '/partners/3/edit');

    await user.type(await screen.findByRole('textbox', { name: 'Naam' }), '!');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Iemand anders heeft dit record intussen gewijzigd');
    await user.click(screen.getByRole('button', { name: 'Laatste versie laden' }));

    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Naam' })).toHaveValue('Rabobank (changed)'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(api.sent('PUT', '/api/partners/3')).toHaveLength(2));
    expect(api.sent('PUT', '/api/partners/3')[1]!.headers.get('If-Match')).toBe('"6"');
  });
});
