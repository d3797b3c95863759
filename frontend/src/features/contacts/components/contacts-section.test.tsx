import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, json, problem } from '@/testing/fake-api';
import { meAs, referenceRoutes } from '@/testing/network-fixtures';
import { renderRoutes } from '@/testing/render';
import { ContactsSection } from '@/features/contacts/components/contacts-section';

function fakeBackend(roles: string[], partnerId?: number) {
  const contacts = [
    {
      id: 7, companyId: 5, name: 'Jan Jansen', email: 'jan@zon.nl', jobTitle: 'Eigenaar', consentPurpose: 'Nieuwsbrief',
      consentSource: 'aanmeldformulier', consentGivenAt: '2026-03-02T12:00:00Z', sharedWithPartnerIds: [2], erased: false,
      createdAt: '2026-01-01T10:00:00Z', version: 2,
    },
    { id: 8, companyId: 5, name: 'Els Bakker', sharedWithPartnerIds: [], erased: false, createdAt: '2026-01-02T10:00:00Z', version: 0 },
  ];
  return installFakeApi({
    ...referenceRoutes,
    'GET /api/me': meAs(roles, partnerId),
    'GET /api/contacts': () => json({ items: contacts, total: contacts.length, page: 0, size: 200 }),
    'POST /api/contacts/:id/erasure': () => {
      const erased = { id: 7, companyId: 5, sharedWithPartnerIds: [], erased: true, createdAt: '2026-01-01T10:00:00Z', version: 3 };
      contacts.splice(0, 1, erased as (typeof contacts)[number]);
      return json(erased);
    },
    'PUT /api/contacts/:id': ({ params, body }) =>
      json({ ...contacts.find((contact) => contact.id === Number(params.id)), ...(body as object), version: 3 }),
    'POST /api/contacts': ({ body }) => json({ id: 9, erased: false, createdAt: '2026-11-24T10:00:00Z', version: 0, ...(body as object) }, { status: 201 }),
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
    // the partners the person consented to be shared with, by name
    expect(await within(row).findByText('Gedeeld met FME Zuid-Holland')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Els Bakker/ })).queryByText(/Gedeeld met/)).not.toBeInTheDocument();
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
    expect(screen.queryByRole('button', { name: 'Persoon wissen Jan Jansen' })).not.toBeInTheDocument();
  });

  it('offers export and erasure to admins only', async () => {
    fakeBackend(['staff']);
    renderRoutes(routes, '/companies/5');
    expect(await screen.findByRole('button', { name: 'Bewerken Jan Jansen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Persoonsgegevens exporteren/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Persoon wissen Jan Jansen' })).not.toBeInTheDocument();
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
      // the whole list, unchanged: a PUT replaces it
      sharedWithPartnerIds: [2],
    });
  });

  it('offers no company to move the person to', async () => {
    fakeBackend(['staff']);
    const { user } = renderRoutes(routes, '/companies/5');
    await user.click(await screen.findByRole('button', { name: 'Bewerken Jan Jansen' }));
    const main = screen.getByRole('main');
    expect(within(main).getByRole('textbox', { name: 'Functie' })).toBeInTheDocument();
    expect(within(main).queryByRole('combobox')).not.toBeInTheDocument();
    expect(within(main).queryByRole('textbox', { name: /Bedrijf/ })).not.toBeInTheDocument();
  });

  it("lets a partner share a person with other partners (not its own) as part of the consent, and unshare by sending the empty list", async () => {
    const api = fakeBackend(['partner'], 1);
    const { user } = renderRoutes(routes, '/companies/5');

    await user.click(await screen.findByRole('button', { name: 'Bewerken Els Bakker' }));
    const sharing = await screen.findByRole('group', { name: 'Gedeeld met partners' });
    expect(sharing).toHaveAccessibleDescription(/toestemming gaf om gegevens te delen/);
    // the partner's own organisation sees the person anyway
    expect(within(sharing).queryByRole('checkbox', { name: 'Kamer van Koophandel Rotterdam' })).not.toBeInTheDocument();
    const fme = within(sharing).getByRole('checkbox', { name: 'FME Zuid-Holland' });
    await user.click(fme);

    // sharing without a recorded consent is stopped before sending, with the focus on the group
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(sharing).toHaveAccessibleDescription(/vul eerst het doel en de bron van de toestemming in/);
    await waitFor(() => expect(fme).toHaveFocus());
    expect(api.sent('PUT', '/api/contacts/8')).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: 'Doel van de toestemming' }), 'Doorverwijzing');
    await user.type(screen.getByRole('textbox', { name: 'Bron van de toestemming' }), 'adviesgesprek');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(api.sent('PUT', '/api/contacts/8')).toHaveLength(1));
    expect(api.sent('PUT', '/api/contacts/8')[0]!.body).toMatchObject({
      companyId: 5,
      consentPurpose: 'Doorverwijzing',
      consentSource: 'adviesgesprek',
      sharedWithPartnerIds: [2],
    });

    // and back: unticking sends the empty list, which the API reads as "shared with nobody"
    await user.click(await screen.findByRole('button', { name: 'Bewerken Jan Jansen' }));
    await user.click(within(await screen.findByRole('group', { name: 'Gedeeld met partners' })).getByRole('checkbox', { name: 'FME Zuid-Holland' }));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(api.sent('PUT', '/api/contacts/7')).toHaveLength(1));
    expect(api.sent('PUT', '/api/contacts/7')[0]!.body).toMatchObject({ sharedWithPartnerIds: [] });
  });

  it('shows the server refusal of the sharing at the group', async () => {
    installFakeApi({
      ...referenceRoutes,
      'GET /api/me': meAs(['staff']),
      'GET /api/contacts': () => json({ items: [], total: 0, page: 0, size: 200 }),
      'POST /api/contacts': () =>
        problem(400, {
          type: 'urn:aanjager:problem:validation',
          title: 'Invalid',
          errors: [{ field: 'sharedWithPartnerIds', message: 'names a partner that does not exist', code: 'NOT_FOUND' }],
        }),
    });
    const { user } = renderRoutes(routes, '/companies/5');
    await user.click(await screen.findByRole('button', { name: 'Contactpersoon toevoegen' }));
    await user.type(screen.getByRole('textbox', { name: /^Naam/ }), 'Piet');
    await user.click(screen.getByRole('button', { name: 'Contactpersoon toevoegen' }));
    const sharing = await screen.findByRole('group', { name: 'Gedeeld met partners' });
    await waitFor(() => expect(sharing).toHaveAttribute('aria-invalid', 'true'));
    expect(sharing).toHaveAccessibleDescription(/Dit bestaat niet \(meer\)\. Kies opnieuw\./);
    // staff act for the network: every active partner can be chosen
    expect(within(sharing).getAllByRole('checkbox').map((box) => box.getAttribute('value'))).toEqual(['1', '2']);
  });
});
