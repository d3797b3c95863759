// Reference data the company, referral and ambassador tests share: partners, programmes and
// their stages, and the SBI code list, as the fake API answers them.
import { json, type Handler } from '@/testing/fake-api';

export const partners = [
  { id: 1, name: 'Kamer van Koophandel Rotterdam', kind: 'CHAMBER_OF_COMMERCE', active: true, version: 0 },
  { id: 2, name: 'FME Zuid-Holland', kind: 'INDUSTRY_ASSOCIATION', active: true, version: 0 },
];

export const programmes = [
  { id: 1, name: 'MKB010>>Next 2.0', themes: ['SUSTAINABLE'], startDate: '2024-01-01', version: 0 },
  { id: 2, name: 'Smart Industry Rotterdam', themes: ['DIGITAL'], startDate: '2024-06-01', version: 0 },
];

export const stages: Record<string, { id: number; code: string; name: string; position: number; version: number }[]> = {
  '1': [
    { id: 1, code: 'inspired', name: 'Inspired', position: 1, version: 0 },
    { id: 2, code: 'informed', name: 'Informed', position: 2, version: 0 },
    { id: 3, code: 'activated', name: 'Activated', position: 3, version: 0 },
  ],
  '2': [{ id: 4, code: 'interviewed', name: 'Geïnterviewd', position: 1, version: 0 }],
};

/** A slice of GET /api/sbi-codes: enough to label the sectors the tests use. */
export const sbiCodes = [
  { code: 'C', nl: 'Industrie', en: 'Manufacturing' },
  { code: '10', nl: 'Vervaardiging van voedingsmiddelen', en: 'Manufacture of food products' },
  { code: '10.7', nl: 'Vervaardiging van brood, banketbakkerswerk en deegwaren', en: 'Manufacture of bakery and farinaceous products' },
  { code: '10.71', nl: 'Vervaardiging van brood en vers banketbakkerswerk', en: 'Manufacture of bread; manufacture of fresh pastry goods and cakes' },
  { code: '62', nl: 'Dienstverlenende activiteiten op het gebied van informatietechnologie', en: 'Computer programming, consultancy and related activities' },
  { code: '62.0', nl: 'Dienstverlenende activiteiten op het gebied van informatietechnologie', en: 'Computer programming, consultancy and related activities' },
  { code: '62.01', nl: 'Ontwikkelen, produceren en uitgeven van software', en: 'Computer programming activities' },
];

const page = (items: unknown[]) => json({ items, total: items.length, page: 0, size: 200 });

/** Fake routes for the partner and programme directories and the stages of each programme. */
export const referenceRoutes: Record<string, Handler> = {
  'GET /api/partners': () => page(partners),
  'GET /api/programmes': () => page(programmes),
  'GET /api/programmes/:id/stages': ({ params }) => json(stages[params.id!] ?? []),
  'GET /api/sbi-codes': () => json(sbiCodes),
};

/** GET /api/me for a user with roles and, for partner users, a partner. */
export function meAs(roles: string[], partnerId?: number): Handler {
  return () => json({ username: roles[0] ?? 'user', name: 'Test Gebruiker', roles, partnerId });
}

/**
 * An event as the API serves it: with the names of its programme, stage and organisers next to
 * the ids (the backend adds them; the SPA fetches no directories to name an event).
 */
export function withNames<E extends { programmeId: number; stageId?: number | null; organiserIds: number[]; invitedOrganiserIds?: number[] }>(event: E) {
  const partner = (id: number) => ({ id, name: partners.find((p) => p.id === id)?.name ?? `Partner ${id}` });
  const stage = Object.values(stages).flat().find((s) => s.id === event.stageId);
  return {
    ...event,
    programmeName: programmes.find((p) => p.id === event.programmeId)?.name ?? 'Programma',
    stageCode: stage?.code,
    stageName: stage?.name,
    organisers: event.organiserIds.map(partner),
    invitedOrganisers: (event.invitedOrganiserIds ?? []).map(partner),
  };
}
