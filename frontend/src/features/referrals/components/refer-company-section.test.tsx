import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, json } from '@/testing/fake-api';
import { meAs, referenceRoutes } from '@/testing/network-fixtures';
import { renderRoutes } from '@/testing/render';
import { ReferCompanySection } from '@/features/referrals/components/refer-company-section';

const contacts = [
  { id: 7, companyId: 5, name: 'Jan Jansen', jobTitle: 'Eigenaar', sharedWithPartnerIds: [], erased: false, createdAt: '2026-01-01T10:00:00Z', version: 0 },
  { id: 8, companyId: 5, sharedWithPartnerIds: [], erased: true, createdAt: '2026-01-01T10:00:00Z', version: 1 },
];

function fakeBackend(people = contacts) {
  return installFakeApi({
    ...referenceRoutes,
    'GET /api/me': meAs(['partner'], 1),
    'GET /api/contacts': () => json({ items: people, total: people.length, page: 0, size: 200 }),
    'POST /api/referrals': ({ body }) =>
      json(
        { id: 3, fromPartnerId: 1, status: 'OPEN', createdBy: 'partner1', createdAt: '2026-11-24T10:00:00Z', version: 0, ...(body as object) },
        { status: 201 },
      ),
  });
}

const routes = [{ path: 'companies/:id', element: <ReferCompanySection companyId={5} /> }];

describe('refer a company', () => {
  it('names the person to speak to, from the people the user sees at the company', async () => {
    const api = fakeBackend();
    const { user } = renderRoutes(routes, '/companies/5');

    const person = await screen.findByRole('combobox', { name: 'Contactpersoon om te spreken' });
    expect(person).toHaveAccessibleDescription(/ziet deze persoon en de contactgegevens dan ook/);
    // an erased person has no name to offer
    expect(within(person).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Geen contactpersoon',
      'Jan Jansen (Eigenaar)',
    ]);
    const to = screen.getByRole('combobox', { name: /^Naar partner/ });
    await within(to).findByRole('option', { name: 'FME Zuid-Holland' });
    // a partner does not refer to itself
    expect(within(to).queryByRole('option', { name: 'Kamer van Koophandel Rotterdam' })).not.toBeInTheDocument();
    await user.selectOptions(to, 'FME Zuid-Holland');
    await user.selectOptions(person, 'Jan Jansen (Eigenaar)');
    await user.type(screen.getByRole('textbox', { name: /^Reden/ }), 'Zoekt financiering');
    await user.click(screen.getByRole('button', { name: 'Doorverwijzen' }));

    await waitFor(() => expect(api.sent('POST', '/api/referrals')).toHaveLength(1));
    expect(api.sent('POST', '/api/referrals')[0]!.body).toEqual({
      companyId: 5,
      toPartnerId: 2,
      reason: 'Zoekt financiering',
      contactId: 7,
    });
    expect(await screen.findByRole('status')).toHaveTextContent('De doorverwijzing naar FME Zuid-Holland is verstuurd.');
    expect(person).toHaveValue('');
  });

  it('refers without a person when none is chosen, and offers no choice without people', async () => {
    const api = fakeBackend([]);
    const { user } = renderRoutes(routes, '/companies/5');
    const to = await screen.findByRole('combobox', { name: /^Naar partner/ });
    await within(to).findByRole('option', { name: 'FME Zuid-Holland' });
    expect(screen.queryByRole('combobox', { name: 'Contactpersoon om te spreken' })).not.toBeInTheDocument();
    await user.selectOptions(to, 'FME Zuid-Holland');
    await user.type(screen.getByRole('textbox', { name: /^Reden/ }), 'Export');
    await user.click(screen.getByRole('button', { name: 'Doorverwijzen' }));
    await waitFor(() => expect(api.sent('POST', '/api/referrals')).toHaveLength(1));
    expect(api.sent('POST', '/api/referrals')[0]!.body).not.toHaveProperty('contactId');
  });
});
