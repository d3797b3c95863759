// POST /api/stage-records/{id}/withdrawal — withdraw a record made in error; it stays visible.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateCompany } from '@/shared/query-keys/companies';
import type { StageRecord } from '@/features/funnel/api/types';

export interface WithdrawStageRecordInput {
  id: number;
  reason: string;
}

export function withdrawStageRecord({ id, reason }: WithdrawStageRecordInput): Promise<StageRecord> {
  return unwrap(api.POST('/api/stage-records/{id}/withdrawal', { params: { path: { id } }, body: { reason } }));
}

export function useWithdrawStageRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawStageRecord,
    onSuccess: (record) => invalidateCompany(queryClient, record.companyId),
  });
}
