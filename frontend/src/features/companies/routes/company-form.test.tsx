import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, json, problem } from '@/testing/fake-api';
import { meAs, referenceRoutes } from '@/testing/network-fixtures';
import { renderRoutes } from '@/testing/render';
import { CompanyCreateRoute } from '@/features/companies/routes/company-create';
import { CompanyDetailRoute } from '@/features/companies/routes/company-detail';
import { CompanyEditRoute } from '@/features/companies/routes/company-edit';

const routes = [
  { path: 'companies/new', element: <CompanyCreateRoute /> },
  { path: 'companies/:id', element: <CompanyDetailRoute /> },
  { path: 'companies/:id/edit', element: <CompanyEditRoute /> },
];

const stored = {
  id: 12, kvkNumber: '12345678', name: 'Bakkerij de Zon', postcode: '3011 AB', district: 'Centrum',
  tags: ['bakkerij'], createdAt: '2026-01-01T10:00:00Z', version: 3,
};

describe('company create form', () => {
  it('checks the KvK number and name before sending', async () => {
    const api = installFakeApi({ ...referenceRoutes, 'GET /api/me': meAs(['partner'], 1) });
    const { user } = renderRoutes(routes, '/companies/new');

    await user.click(await screen.findByRole('button', { name: 'Opslaan' }));

    const kvk = screen.getByRole('textbox', { name: /KvK-nummer/ });
    expect(kvk).toBeRequired();
    expect(kvk).toHaveAccessibleDescription('8 cijfers Vul dit veld in.');
    expect(screen.getByRole('textbox', { name: /^Naam/ })).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(kvk).toHaveFocus());
    expect(api.sent('POST', '/api/companies')).toHaveLength(0);
  });

  it('shows the field errors of a 400 problem at the fields', async () => {
    installFakeApi({
      ...referenceRoutes,
      'GET /api/me': meAs(['partner'], 1),
      'POST /api/companies': () =>
        problem(400, {
          type: 'urn:aanjager:problem:validation',
          title: 'The request is not valid',
          errors: [
            { field: 'kvkNumber', message: 'must be exactly 8 digits', code: 'FORMAT', params: { format: 'kvk-number' } },
            { field: 'createCompany.request.postcode', message: 'must be a Dutch postcode such as 3011 AB', code: 'FORMAT', params: { format: 'postcode' } },
          ],
        }),
    });
    const { user } = renderRoutes(routes, '/companies/new');

    await user.type(await screen.findByRole('textbox', { name: /KvK-nummer/ }), '1234');
    await user.type(screen.getByRole('textbox', { name: /^Naam/ }), 'Bakkerij de Zon');
    await user.type(screen.getByRole('textbox', { name: /Postcode/ }), '30111');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Controleer de gemarkeerde velden');
    const kvk = screen.getByRole('textbox', { name: /KvK-nummer/ });
    expect(kvk).toHaveAttribute('aria-invalid', 'true');
    expect(kvk).toHaveAccessibleDescription('8 cijfers Een KvK-nummer bestaat uit 8 cijfers.');
    expect(screen.getByRole('textbox', { name: /Postcode/ })).toHaveAccessibleDescription(
      'Bijvoorbeeld 3011 AB Vul een Nederlandse postcode in, zoals 3011 AB.',
    );
    expect(document.body).not.toHaveTextContent(/digits|kvkNumber|postcode such as/);
    await waitFor(() => expect(kvk).toHaveFocus());
  });

  it('links to the existing company when the KvK number is already known (409)', async () => {
    installFakeApi({
      ...referenceRoutes,
      'GET /api/me': meAs(['staff']),
      'POST /api/companies': () =>
        problem(409, {
          type: 'urn:aanjager:problem:conflict',
          title: 'Conflict with the current state',
          detail: 'Company with KvK number 12345678 already exists: Bakkerij de Zon (id 12)',
          existing: '/api/companies/12',
        }),
      'GET /api/companies/:id': () => json(stored, { headers: { ETag: '"3"' } }),
    });
    const { user, router } = renderRoutes(routes, '/companies/new');

    await user.type(await screen.findByRole('textbox', { name: /KvK-nummer/ }), '12345678');
    await user.type(screen.getByRole('textbox', { name: /^Naam/ }), 'De Zon');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dit bedrijf staat al in Aanjager.');
    await user.click(screen.getByRole('link', { name: 'Open het bestaande bedrijf' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/companies/12'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Bakkerij de Zon' })).toBeInTheDocument();
  });

  it('creates the company and opens its page', async () => {
    const api = installFakeApi({
      ...referenceRoutes,
      'GET /api/me': meAs(['partner'], 1),
      'POST /api/companies': ({ body }) =>
        json({ id: 30, createdAt: '2026-01-01T10:00:00Z', version: 0, ...(body as object) }, { status: 201, headers: { ETag: '"0"' } }),
    });
    const { user, router } = renderRoutes(routes, '/companies/new');

    await user.type(await screen.findByRole('textbox', { name: /KvK-nummer/ }), '87654321');
    await user.type(screen.getByRole('textbox', { name: /^Naam/ }), 'Metaalwerk Zuid');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Grootteklasse' }), 'SMALL');
    await user.type(screen.getByRole('textbox', { name: 'Labels' }), 'metaal, maakindustrie');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/companies/30'));
    expect(api.sent('POST', '/api/companies')[0]!.body).toEqual({
      kvkNumber: '87654321',
      name: 'Metaalwerk Zuid',
      sizeClass: 'SMALL',
      tags: ['metaal', 'maakindustrie'],
    });
    expect(await screen.findByRole('status')).toHaveTextContent('Bedrijf „Metaalwerk Zuid” is toegevoegd.');
  });
});

describe('the SBI code field', () => {
  it('says under the field what a typed code means, and that a code outside the list is not one', async () => {
    const api = installFakeApi({
      ...referenceRoutes,
      'GET /api/me': meAs(['staff']),
      'POST /api/companies': ({ body }) =>
        json({ id: 31, createdAt: '2026-01-01T10:00:00Z', version: 0, ...(body as object) }, { status: 201, headers: { ETag: '"0"' } }),
      'GET /api/companies/:id': () => json({ ...stored, id: 31, sbiCode: '10.71' }, { headers: { ETag: '"0"' } }),
    });
    const { user, router } = renderRoutes(routes, '/companies/new');
    const sbi = await screen.findByRole('textbox', { name: 'SBI-code' });

    await user.type(sbi, '62.15');
    await waitFor(() => expect(sbi).toHaveAccessibleDescription(/Deze code staat niet in de SBI-lijst/));
    await user.clear(sbi);
    await user.type(sbi, '10.71');
    await waitFor(() => expect(sbi).toHaveAccessibleDescription(/Vervaardiging van brood en vers banketbakkerswerk$/));
    // the live note is the one a screen reader hears change
    expect(screen.getByText('Vervaardiging van brood en vers banketbakkerswerk')).toHaveAttribute('aria-live', 'polite');

    await user.type(screen.getByRole('textbox', { name: /KvK-nummer/ }), '87654321');
    await user.type(screen.getByRole('textbox', { name: /^Naam/ }), 'Bakkerij de Zon');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/companies/31'));
    expect(api.sent('POST', '/api/companies')[0]!.body).toMatchObject({ sbiCode: '10.71' });
    // the company page names the sector, not only its code
    expect(await screen.findByText('10.71 Vervaardiging van brood en vers banketbakkerswerk')).toBeInTheDocument();
  });
});

describe('company edit form', () => {
  it('saves with If-Match and explains a 412, then reloads the latest version', async () => {
    let version = 3;
    const api = installFakeApi({
      ...referenceRoutes,
      'GET /api/me': meAs(['staff']),
      'GET /api/companies/:id': () =>
        json({ ...stored, name: version === 3 ? stored.name : 'Bakkerij de Zon BV', version }, { headers: { ETag: `"${version}"` } }),
      'PUT /api/companies/:id': () => {
        version = 4;
        return problem(412, { type: 'urn:aanjager:problem:precondition-failed', title: 'Precondition Failed' });
      },
    });
    const { user } = renderRoutes(routes, '/companies/12/edit');

    const district = await screen.findByRole('textbox', { name: 'Gebied' });
    expect(district).toHaveValue('Centrum');
    await user.clear(district);
    await user.type(district, 'Noord');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Iemand anders heeft dit record intussen gewijzigd');
    const put = api.sent('PUT', '/api/companies/12')[0]!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(put.body).toMatchObject({ kvkNumber: '12345678', name: 'Bakkerij de Zon', district: 'Noord', tags: ['bakkerij'] });

    await user.click(screen.getByRole('button', { name: 'Laatste versie laden' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^Naam/ })).toHaveValue('Bakkerij de Zon BV'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
