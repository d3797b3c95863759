// GET /api/contacts?companyId — the contact persons of one company. Shared: the contacts section
// lists them, the activity and ambassador forms offer them as choices.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { contactKeys } from '@/shared/query-keys/contacts';

export type CompanyContact = components['schemas']['Contact'];

const ALL = 200;

export async function getCompanyContacts(companyId: number): Promise<CompanyContact[]> {
  const page = await unwrap(
    api.GET('/api/contacts', { params: { query: { companyId, size: ALL, sort: 'name' } } }),
  );
  return page.items;
}

export const companyContactsQueryOptions = (companyId: number) =>
  queryOptions({ queryKey: contactKeys.ofCompany(companyId), queryFn: () => getCompanyContacts(companyId) });

/** Idle while no company is chosen. */
export function useCompanyContacts(companyId: number | undefined) {
  return useQuery({ ...companyContactsQueryOptions(companyId ?? 0), enabled: companyId !== undefined });
}
