// shared/reference reads partners, programmes and stages for every feature, but may not import a
// feature: its cache keys are written out there and must stay where the features' writes
// invalidate them, or a renamed stage would show its old name elsewhere until a reload.
import { describe, expect, it } from 'vitest';
import { partnerDirectoryQueryOptions } from '@/shared/reference/partners';
import { funnelStagesQueryOptions, programmeDirectoryQueryOptions } from '@/shared/reference/programmes';
import { partnerKeys } from '@/features/partners/api/types';
import { programmeKeys } from '@/features/programmes/api/types';

describe('the reference lists shared by features', () => {
  it('live under the keys the features invalidate', () => {
    expect(funnelStagesQueryOptions(5).queryKey).toEqual(programmeKeys.stages(5));
    expect(programmeDirectoryQueryOptions().queryKey.slice(0, 2)).toEqual(programmeKeys.lists());
    expect(partnerDirectoryQueryOptions().queryKey.slice(0, 2)).toEqual(partnerKeys.lists());
  });
});
