// POST /api/stage-records — record by hand that a company reached a stage.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateCompany } from '@/shared/query-keys/companies';
import type { StageRecord, StageRecordRequest } from '@/features/funnel/api/types';

export function recordStage(body: StageRecordRequest): Promise<StageRecord> {
  return unwrap(api.POST('/api/stage-records', { body }));
}

export function useRecordStage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordStage,
    // funnel position, records and timeline of the company; lists filtered by stage
    onSuccess: (record) => invalidateCompany(queryClient, record.companyId),
  });
}
