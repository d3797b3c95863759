// GET /api/partners (all, by name): the partner directory that pickers and "who did this"
// labels share. Keyed under the partner lists, so creating or renaming a partner refreshes it.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { partnerKeys } from '@/shared/query-keys/partners';
import { useTranslation } from 'react-i18next';

export type PartnerSummary = Pick<components['schemas']['Partner'], 'id' | 'name' | 'active'>;

/** The API's largest page; the network has tens of partners, not hundreds. */
const ALL = 200;

export async function getPartnerDirectory(): Promise<PartnerSummary[]> {
  const page = await unwrap(api.GET('/api/partners', { params: { query: { size: ALL, sort: 'name' } } }));
  return page.items.map(({ id, name, active }) => ({ id, name, active }));
}

export const partnerDirectoryQueryOptions = () =>
  queryOptions({
    queryKey: partnerKeys.directory(),
    queryFn: getPartnerDirectory,
    staleTime: 5 * 60 * 1000,
  });

export function usePartnerDirectory() {
  const { t } = useTranslation();
  const query = useQuery(partnerDirectoryQueryOptions());
  const partners = query.data ?? [];
  const byId = new Map(partners.map((partner) => [partner.id, partner.name]));
  return {
    ...query,
    partners,
    /** The partner's name; an ellipsis while loading, words (never its number) when it cannot be read. */
    nameOf: (id: number | null | undefined) => (id == null ? '' : (byId.get(id) ?? (query.isPending ? '…' : t('reference.partner')))),
  };
}
