import { describe, expect, it } from 'vitest';
import { moveId } from '@/features/programmes/utils/move-id';

describe('moveId', () => {
  it('swaps an id with its neighbour', () => {
    expect(moveId([1, 2, 3], 2, -1)).toEqual([2, 1, 3]);
    expect(moveId([1, 2, 3], 2, 1)).toEqual([1, 3, 2]);
  });

  it('leaves the order alone at the edges or for unknown ids', () => {
    expect(moveId([1, 2, 3], 1, -1)).toEqual([1, 2, 3]);
    expect(moveId([1, 2, 3], 3, 1)).toEqual([1, 2, 3]);
    expect(moveId([1, 2, 3], 9, 1)).toEqual([1, 2, 3]);
  });
});
