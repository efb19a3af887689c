import { describe, expect, it } from 'vitest';
import { pacingDelayMs } from '../../../src/delivery/pacing.js';

describe('pacing delay', () => {
  it('doubles with every refusal up to the cap, jittered within its upper half', () => {
    expect([0, 1, 2, 3].map((n) => pacingDelayMs(n, 15_000, () => 1))).toEqual([250, 500, 1000, 2000]);
    expect(pacingDelayMs(20, 15_000, () => 1)).toBe(15_000);
    expect(pacingDelayMs(0, 15_000, () => 0)).toBe(125);
  });
});
