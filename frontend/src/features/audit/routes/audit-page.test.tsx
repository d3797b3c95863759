import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, json } from '@/testing/fake-api';
import { meAs, referenceRoutes } from '@/testing/network-fixtures';
import { renderRoutes } from '@/testing/render';
import type { AuditEntry } from '@/features/audit/api/get-audit';
import { AuditRoute } from '@/features/audit/routes/audit-page';

const routes = [{ path: 'audit', element: <AuditRoute /> }];

function entry(overrides: Partial<AuditEntry>): AuditEntry {
  return {
    id: 1,
    at: '2026-11-28T10:15:00Z',
    actor: 'admin',
    actorName: 'Anna Admin',
    action: 'company.updated',
    entityType: 'company',
    entityId: 7,
    companyId: 7,
    companyName: 'Bakkerij De Zon',
    changes: [],
    names: [],
    ...overrides,
  };
}

function fakeAudit(items: AuditEntry[]) {
  return installFakeApi({
    ...referenceRoutes,
    'GET /api/me': meAs(['admin']),
    'GET /api/audit': () => json({ items, total: items.length, page: 0, size: 20 }),
  });
}

describe('the audit trail', () => {
  it('reads as sentences with field labels and values before and after, never codes', async () => {
    fakeAudit([
      entry({ changes: [{ field: 'kvkNumber', before: '12345678', after: '87654321' }, { field: 'someNewField', after: 'x' }] }),
      entry({ id: 2, action: 'contact.updated', entityType: 'contact', actor: 'partner1', actorName: 'Pieter de Partner', actorPartnerName: 'Stadslab', changes: [{ field: 'name', before: '(gewist)', after: '(gewist)' }], maskedAt: '2026-11-28T11:00:00Z' }),
      entry({ id: 4, action: 'event.created', entityType: 'event', actor: 'staff', actorName: 'Sami Staf', companyId: undefined, companyName: undefined,
        changes: [{ field: 'programmeId', after: '1' }, { field: 'organiserIds', after: '1, 2' }, { field: 'stageId', after: '2' }] }),
      entry({ id: 5, action: 'registration.created', entityType: 'registration', actor: 'system/public', actorName: undefined,
        changes: [{ field: 'registeredBy', after: 'system/public' }, { field: 'companyId', after: '7' }] }),
      entry({ id: 3, action: 'webhook.rotated', entityType: 'webhook_subscription', actor: 'system/demo', actorName: undefined, companyId: undefined, companyName: undefined }),
    ]);
    renderRoutes(routes, '/audit');

    const list = await screen.findByRole('list', { name: 'Wijzigingen' }, { timeout: 5000 });
    const [company, contact, event, registration, unknown] = within(list).getAllByRole('listitem');
    expect(company).toHaveTextContent('Bedrijfsgegevens gewijzigd');
    expect(company).toHaveTextContent('KvK-nummer');
    expect(company).toHaveTextContent('12345678 → wordt 87654321');
    expect(company).toHaveTextContent('some new field');
    expect(within(company!).getByRole('link', { name: 'Bakkerij De Zon' })).toHaveAttribute('href', '/companies/7');
    expect(company).toHaveTextContent('door Anna Admin');
    expect(contact).toHaveTextContent('door Pieter de Partner (Stadslab)');
    expect(contact).toHaveTextContent('verwijderd (AVG) → wordt verwijderd (AVG)');
    expect(contact).toHaveTextContent('Persoonsgegevens verwijderd (AVG) op');
    // ids and account names in the values read as names
    expect(await within(event!).findByText('MKB010>>Next 2.0')).toBeInTheDocument();
    expect(event).toHaveTextContent('Kamer van Koophandel Rotterdam, FME Zuid-Holland');
    expect(await within(event!).findByText('Geïnformeerd')).toBeInTheDocument();
    expect(registration).toHaveTextContent('Ondernemer via de publieke pagina');
    expect(registration).toHaveTextContent('Bakkerij De Zon');
    expect(registration).not.toHaveTextContent(/\b7\b/);
    expect(unknown).toHaveTextContent('Wijziging aan webhook');
    // system work reads as its source in words, not "door system/demo"
    expect(unknown).toHaveTextContent('Demogegevens');
    expect(unknown).not.toHaveTextContent('door');
    expect(list).not.toHaveTextContent(/partner1|system\/|\badmin\b/);
    expect(list).not.toHaveTextContent('company.updated');
    expect(list).not.toHaveTextContent('kvkNumber');
  });

  it('names the person, event and company behind the ids in its values, a person it may not name as such', async () => {
    fakeAudit([
      entry({ id: 6, action: 'registration.created', entityType: 'registration',
        changes: [{ field: 'contactId', after: '31' }, { field: 'eventId', after: '12' }],
        names: [{ field: 'contactId', id: 31, name: 'Ria Rood' }, { field: 'eventId', id: 12, name: 'Netwerkontbijt Zuid' }] }),
      entry({ id: 7, action: 'registration.created', entityType: 'registration', changes: [{ field: 'contactId', after: '32' }] }),
      entry({ id: 8, action: 'company.merged', changes: [{ field: 'mergedIntoId', after: '9' }], names: [{ field: 'mergedIntoId', id: 9, name: 'Bakkerij De Maan' }] }),
    ]);
    renderRoutes(routes, '/audit');

    const list = await screen.findByRole('list', { name: 'Wijzigingen' }, { timeout: 5000 });
    const [named, erased, merged] = within(list).getAllByRole('listitem');
    expect(named).toHaveTextContent('Ria Rood');
    expect(named).toHaveTextContent('Netwerkontbijt Zuid');
    expect(erased).toHaveTextContent('een contactpersoon');
    expect(merged).toHaveTextContent('Bakkerij De Maan');
    expect(list).not.toHaveTextContent(/\b(31|32|12|9)\b/);
  });

  it('sends the filters from the URL and the form, whole days in the user\u2019s zone', async () => {
    const api = fakeAudit([entry({})]);
    const { user, router } = renderRoutes(routes, '/audit?companyId=7');
    await screen.findByText('Alleen wijzigingen bij Bakkerij De Zon.');
    expect(api.sent('GET', '/api/audit').at(-1)!.url.searchParams.get('companyId')).toBe('7');

    await user.selectOptions(screen.getByLabelText('Soort record'), 'company');
    await user.selectOptions(screen.getByLabelText('Handeling'), 'company.updated');
    await user.type(screen.getByLabelText('Vanaf'), '2026-11-01');
    await user.click(screen.getByRole('button', { name: 'Filteren' }));

    expect(router.state.location.search).toBe('?companyId=7&entityType=company&action=company.updated&from=2026-11-01');
    const sent = api.sent('GET', '/api/audit').at(-1)!.url.searchParams;
    expect(sent.get('action')).toBe('company.updated');
    expect(sent.get('from')).toBe(new Date('2026-11-01T00:00:00').toISOString());
  });

  it('folds the filters after the record kind behind one button that counts those set (shown on a phone only)', async () => {
    fakeAudit([entry({})]);
    const { user } = renderRoutes(routes, '/audit?entityType=company&action=company.updated&actor=partner1');
    const toggle = await screen.findByRole('button', { name: 'Filters (2 ingesteld)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByLabelText('Soort record')).toHaveValue('company');
  });
});
