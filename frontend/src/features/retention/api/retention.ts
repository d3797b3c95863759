// GET /api/retention — the rule, its last runs and a dry run; POST /api/retention/runs — run it now.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { retentionKeys } from '@/features/retention/api/keys';

export type RetentionOverview = components['schemas']['RetentionOverview'];
export type RetentionRun = components['schemas']['RetentionRun'];

export function useRetention() {
  return useQuery({ queryKey: retentionKeys.overview, queryFn: () => unwrap(api.GET('/api/retention')) });
}

export function useRunRetention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/retention/runs')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: retentionKeys.overview }),
  });
}
