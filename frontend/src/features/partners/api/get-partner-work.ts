// What a partner's page shows besides its own record and the companies it works with
// (shared/reference/companies-worked-with): its contribution to a programme (GET /api/reports/partners).
import { useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { partnerKeys } from '@/shared/query-keys/partners';

/** The partner's row of the contribution report of one programme; null when it has none there. */
export function usePartnerContribution(partnerId: number, programmeId: number | undefined) {
  return useQuery({
    queryKey: partnerKeys.contribution(partnerId, programmeId),
    queryFn: async () => {
      // the operation also answers CSV and Excel, so the generated type of its body is loose
      const report = (await unwrap(api.GET('/api/reports/partners', { params: { query: { programmeId } } }))) as
        components['schemas']['PartnerContributionReport'];
      return report.partners.find((row) => row.partnerId === partnerId) ?? null;
    },
    enabled: programmeId !== undefined,
  });
}
