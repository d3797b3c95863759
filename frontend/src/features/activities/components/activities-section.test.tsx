import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, json } from '@/testing/fake-api';
import { meAs, referenceRoutes } from '@/testing/network-fixtures';
import { renderRoutes } from '@/testing/render';
import { ActivitiesSection } from '@/features/activities/components/activities-section';

const contacts = [
  { id: 7, companyId: 5, name: 'Jan Jansen', erased: false, createdAt: '2026-01-01T10:00:00Z', version: 0 },
  { id: 8, companyId: 5, erased: true, createdAt: '2026-01-01T10:00:00Z', version: 1 },
];

function fakeBackend(roles: string[], partnerId?: number) {
  const activities: unknown[] = [];
  return installFakeApi({
    ...referenceRoutes,
    'GET /api/me': meAs(roles, partnerId),
    'GET /api/contacts': () => json({ items: contacts, total: 2, page: 0, size: 200 }),
    'GET /api/activities': () => json({ items: activities, total: activities.length, page: 0, size: 100 }),
    'POST /api/activities': ({ body }) => {
      const activity = { id: 40, partnerId: partnerId ?? 2, createdBy: 'x', createdAt: '2026-11-20T10:00:00Z', version: 0, themes: [], needs: [], confidential: false, ...(body as object) };
      activities.push(activity);
      return json(activity, { status: 201 });
    },
  });
}

const routes = [{ path: 'companies/:id', element: <ActivitiesSection companyId={5} /> }];

describe('new activity form', () => {
  it('builds the request of a partner user: own partner implied, stage credit left out when not chosen', async () => {
    const api = fakeBackend(['partner'], 1);
    const { user } = renderRoutes(routes, '/companies/5');

    await user.click(await screen.findByRole('button', { name: 'Nieuwe activiteit' }));
    // many at once: the import wizard, with activities preset
    expect(screen.getByRole('link', { name: 'Activiteiten importeren' })).toHaveAttribute('href', '/imports?kind=activities');
    expect(screen.queryByRole('combobox', { name: /^Partner/ })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: /Soort activiteit/ }), 'Bedrijfsbezoek');
    const date = screen.getByLabelText(/^Datum/);
    await user.clear(date);
    await user.type(date, '2026-11-20');
    const contact = screen.getByRole('combobox', { name: 'Contactpersoon' });
    await within(contact).findByRole('option', { name: 'Jan Jansen' });
    expect(within(contact).getAllByRole('option')).toHaveLength(2); // "none" and Jan; the erased person is not offered
    await user.selectOptions(contact, 'Jan Jansen');
    await user.type(screen.getByRole('textbox', { name: 'Samenvatting' }), 'Rondleiding en gesprek over zonnepanelen');
    await user.click(screen.getByRole('checkbox', { name: /Vertrouwelijk/ }));
    await user.click(within(screen.getByRole('group', { name: "Thema's" })).getByRole('checkbox', { name: 'Duurzaam' }));
    const needs = screen.getByRole('group', { name: 'Behoeften' });
    await user.click(within(needs).getByRole('checkbox', { name: 'Financiering' }));
    await user.click(within(needs).getByRole('checkbox', { name: 'Verduurzaming' }));
    await user.click(screen.getByRole('button', { name: 'Nieuwe activiteit' }));

    await waitFor(() => expect(api.sent('POST', '/api/activities')).toHaveLength(1));
    expect(api.sent('POST', '/api/activities')[0]!.body).toEqual({
      companyId: 5,
      contactId: 7,
      type: 'COMPANY_VISIT',
      occurredOn: '2026-11-20',
      summary: 'Rondleiding en gesprek over zonnepanelen',
      confidential: true,
      themes: ['SUSTAINABLE'],
      needs: ['FINANCING', 'SUSTAINABILITY'],
    });
    expect(await screen.findByRole('status')).toHaveTextContent('De activiteit is vastgelegd.');
    // the list is asked again and shows the new activity
    expect(await screen.findByText('Rondleiding en gesprek over zonnepanelen')).toBeInTheDocument();
  });

  it('credits a funnel stage and asks staff for the partner that held the activity', async () => {
    const api = fakeBackend(['staff']);
    const { user } = renderRoutes(routes, '/companies/5');

    await user.click(await screen.findByRole('button', { name: 'Nieuwe activiteit' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /Soort activiteit/ }), 'Adviesgesprek');
    await user.click(screen.getByRole('button', { name: 'Nieuwe activiteit' }));
    // staff must name the partner
    const partner = screen.getByRole('combobox', { name: /^Partner/ });
    expect(partner).toHaveAccessibleDescription('Vul dit veld in.');
    expect(api.sent('POST', '/api/activities')).toHaveLength(0);
    await within(partner).findByRole('option', { name: 'FME Zuid-Holland' });
    await user.selectOptions(partner, 'FME Zuid-Holland');

    const programme = screen.getByRole('combobox', { name: 'Programma' });
    await within(programme).findByRole('option', { name: 'MKB010>>Next 2.0' });
    await user.selectOptions(programme, '1');
    // a programme without a stage is not a credit: the stage is asked for
    await user.click(screen.getByRole('button', { name: 'Nieuwe activiteit' }));
    const stage = screen.getByRole('combobox', { name: /^Fase/ });
    expect(stage).toHaveAccessibleDescription('Vul dit veld in.');
    await within(stage).findByRole('option', { name: 'Geïnformeerd' });
    await user.selectOptions(stage, 'Geïnformeerd');
    await user.click(screen.getByRole('button', { name: 'Nieuwe activiteit' }));

    await waitFor(() => expect(api.sent('POST', '/api/activities')).toHaveLength(1));
    expect(api.sent('POST', '/api/activities')[0]!.body).toMatchObject({
      partnerId: 2,
      companyId: 5,
      type: 'ADVICE_SESSION',
      programmeId: 1,
      stageId: 2,
      confidential: false,
      themes: [],
      needs: [],
    });
  });
});
