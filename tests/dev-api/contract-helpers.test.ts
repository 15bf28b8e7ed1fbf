// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recorded, shapeDifferences } from './helpers.ts';

// The shape assertions elsewhere are only as good as this comparison.
describe('shapeDifferences', () => {
  it('reports missing and unexpected keys, nested and inside arrays', () => {
    expect(shapeDifferences({ a: 1, b: { c: 2 } }, { a: 0, b: { c: 0 } })).toEqual([]);
    expect(shapeDifferences({ a: 1 }, { a: 1, b: 2 })).toEqual(['$.b missing']);
    expect(shapeDifferences({ a: 1, z: 0 }, { a: 1 })).toEqual(['$.z unexpected']);
    expect(shapeDifferences({ l: [{ x: 1 }] }, { l: [{ y: 1 }] })).toEqual(['$.l[0].y missing', '$.l[0].x unexpected']);
    expect(shapeDifferences({ l: {} }, { l: [] })).toEqual(['$.l: array vs non-array']);
  });

  it('reads a recorded response body', () => {
    expect(recorded('04_auth_me')).toEqual({ id: 1, profile: 'admin', super: true });
    expect(recorded('19_auth_logout')).toBeUndefined();
  });
});
