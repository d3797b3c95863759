import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, json } from '@/testing/fake-api';
import { meAs, referenceRoutes } from '@/testing/network-fixtures';
import { renderRoutes } from '@/testing/render';
import { ContactsSection } from '@/features/contacts/components/contacts-section';

function fakeBackend(roles: string[]) {
  const contacts = [
    {
      id: 7, companyId: 5, name: 'Jan Jansen', email: 'jan@zon.nl', jobTitle: 'Eigenaar', consentPurpose: 'Nieuwsbrief',
      consentSource: 'aanmeldformulier', consentGivenAt: '2026-03-02T12:00:00Z', erased: false, createdAt: '2026-01-01T10:00:00Z', version: 2,
    },
  ];
  return installFakeApi({
    ...referenceRoutes,
    'GET /api/me': meAs(roles),
    'GET /api/contacts': () => json({ items: contacts, total: contacts.length, page: 0, size: 200 }),
    'POST /api/contacts/:id/erasure': () => {
      const erased = { id: 7, companyId: 5, erased: true, createdAt: '2026-01-01T10:00:00Z', version: 3 };
      contacts.splice(0, 1, erased as (typeof contacts)[number]);
      return json(erased);
    },
    'PUT /api/contacts/:id': ({ body }) => json({ ...contacts[0], ...(body as object), version: 3 }),
  });
}

const routes = [{ path: 'companies/:id', element: <ContactsSection companyId={5} /> }];

describe('contact persons', () => {
  it('shows the consent with purpose, source and date', async () => {
    fakeBackend(['partner']);
    renderRoutes(routes, '/companies/5');
    const row = await screen.findByRole('row', { name: /Jan Jansen/ });
    expect(within(row).getByText('Nieuwsbrief')).toBeInTheDocument();
    expect(within(row).getByText('via aanmeldformulier, 2 mrt 2026')).toBeInTheDocument();
  });

  it('asks an admin to confirm the irreversible erasure, then shows the person as erased', async () => {
    const api = fakeBackend(['admin']);
    const { user } = renderRoutes(routes, '/companies/5');

    await user.click(await screen.findByRole('button', { name: 'Persoon wissen Jan Jansen' }));
    const dialog = screen.getByRole('dialog', { name: 'Persoon definitief wissen' });
    expect(dialog).toHaveAccessibleDescription(/alle persoonsgegevens van „Jan Jansen”.*onomkeerbaar/);
    // cancelling erases nothing
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.sent('POST', '/api/contacts/7/erasure')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Persoon wissen Jan Jansen' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Definitief wissen' }));
    await waitFor(() => expect(api.sent('POST', '/api/contacts/7/erasure')).toHaveLength(1));
    expect(await screen.findByRole('status')).toHaveTextContent('De persoonsgegevens van „Jan Jansen” zijn gewist.');
    expect(await screen.findByText('Gewist')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Persoon wissen/ })).not.toBeInTheDocument();
  });

  it('offers export and erasure to admins only', async () => {
    fakeBackend(['staff']);
    renderRoutes(routes, '/companies/5');
    expect(await screen.findByRole('button', { name: 'Bewerken Jan Jansen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Persoonsgegevens exporteren/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Persoon wissen/ })).not.toBeInTheDocument();
  });

  it('edits a person with If-Match from the version in the list', async () => {
    const api = fakeBackend(['partner']);
    const { user } = renderRoutes(routes, '/companies/5');

    await user.click(await screen.findByRole('button', { name: 'Bewerken Jan Jansen' }));
    const job = screen.getByRole('textbox', { name: 'Functie' });
    await user.clear(job);
    await user.type(job, 'Directeur');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(api.sent('PUT', '/api/contacts/7')).toHaveLength(1));
    const put = api.sent('PUT', '/api/contacts/7')[0]!;
    expect(put.headers.get('If-Match')).toBe('"2"');
    expect(put.body).toEqual({
      companyId: 5,
      name: 'Jan Jansen',
      email: 'jan@zon.nl',
      jobTitle: 'Directeur',
      consentPurpose: 'Nieuwsbrief',
      consentSource: 'aanmeldformulier',
      consentGivenAt: '2026-03-02T12:00:00Z',
    });
  });
});
