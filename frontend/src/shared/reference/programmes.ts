// GET /api/programmes (all) and GET /api/programmes/{id}/stages: the programmes and their funnel
// stages that pickers in several features need. The keys are those the programmes feature uses,
// so its edits (a renamed stage, a new programme) refresh these too.
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { programmeKeys } from '@/shared/query-keys/programmes';
import { useStageLabel } from '@/shared/stage-label';
import { useTranslation } from 'react-i18next';

export type ProgrammeSummary = Pick<components['schemas']['Programme'], 'id' | 'name' | 'startDate' | 'endDate'>;
export type FunnelStage = components['schemas']['Stage'];

const ALL = 200;

export async function getProgrammeDirectory(): Promise<ProgrammeSummary[]> {
  const page = await unwrap(api.GET('/api/programmes', { params: { query: { size: ALL, sort: 'name' } } }));
  return page.items.map(({ id, name, startDate, endDate }) => ({ id, name, startDate, endDate }));
}

export const programmeDirectoryQueryOptions = () =>
  queryOptions({
    queryKey: programmeKeys.directory(),
    queryFn: getProgrammeDirectory,
    staleTime: 5 * 60 * 1000,
  });

/** @param enabled false for a user who may not list programmes: no request, and so no 403 */
export function useProgrammeDirectory({ enabled = true }: { enabled?: boolean } = {}) {
  const { t } = useTranslation();
  const query = useQuery({ ...programmeDirectoryQueryOptions(), enabled });
  const programmes = query.data ?? [];
  const byId = new Map(programmes.map((programme) => [programme.id, programme.name]));
  return {
    ...query,
    programmes,
    /** The programme's name; an ellipsis while loading, words (never its number) when it cannot be read. */
    nameOf: (id: number | null | undefined) => (id == null ? '' : (byId.get(id) ?? (query.isPending ? '…' : t('reference.programme')))),
  };
}

export async function getFunnelStages(programmeId: number): Promise<FunnelStage[]> {
  const stages = await unwrap(api.GET('/api/programmes/{programmeId}/stages', { params: { path: { programmeId } } }));
  return [...stages].sort((a, b) => a.position - b.position);
}

/** The stages of a programme in order: the programmes feature reads them through this too. */
export const funnelStagesQueryOptions = (programmeId: number) =>
  queryOptions({
    queryKey: programmeKeys.stages(programmeId),
    queryFn: () => getFunnelStages(programmeId),
  });

/** The stages of the chosen programme; idle while none is chosen. */
export function useFunnelStages(programmeId: number | undefined) {
  return useQuery({ ...funnelStagesQueryOptions(programmeId ?? 0), enabled: programmeId !== undefined });
}

/** Stage labels by id across the given programmes (records and activities carry only ids). */
export function useStageDirectory(programmeIds: readonly number[]) {
  const { t } = useTranslation();
  const stageLabel = useStageLabel();
  const unique = [...new Set(programmeIds)].sort((a, b) => a - b);
  const results = useQueries({ queries: unique.map((id) => funnelStagesQueryOptions(id)) });
  const byId = new Map<number, FunnelStage>();
  for (const result of results) for (const stage of result.data ?? []) byId.set(stage.id, stage);
  return {
    labelOf: (stageId: number | null | undefined) => {
      if (stageId == null) return '';
      const stage = byId.get(stageId);
      return stage ? stageLabel(stage) : t('reference.stage');
    },
  };
}
