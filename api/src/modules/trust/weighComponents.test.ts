import { describe, expect, it } from 'vitest';
import { trustConfigSchema } from '@polder/runtime';
import { weighComponents } from './weighComponents.ts';

const weights = trustConfigSchema.parse(undefined).weights;
const known = (value: number | null) => ({ value, evidence: [] });

describe('weighComponents', () => {
  /**
   * documentation 0.75 × 15 = 11.25, ownership 10, quality 20, freshness 0.2 × 10 = 2 (1 of 5 freshness
   * checks met its SLO), lineage 10, certification 0, incidents 0.5 × 15 = 7.5; usage and contract unknown:
   * 100 × 60.75 / 90 = 67.5 exactly, which rounds to 68, however the floating-point sum lands.
   */
  it('rounds the score the formula gives, half up, not the float noise of its terms', () => {
    const { score } = weighComponents(
      {
        documentation: known(0.75),
        ownership: known(1),
        quality: known(1),
        freshness: known(0.2),
        lineage: known(1),
        certification: known(0),
        usage: known(null),
        incidents: known(0.5),
        contract: known(null),
      },
      weights,
    );
    expect(score).toBe(68);
  });

  it('rounds half up when the float noise falls the other way too', () => {
    // documentation ½ + ½ × 7/9, ownership, lineage, usage 0.67, incidents 0.5, contract 1/3: 100 × 45.85 / 70 = 65.5.
    const { score } = weighComponents(
      {
        documentation: known(0.5 + 0.5 * (7 / 9)),
        ownership: known(1),
        quality: known(null),
        freshness: known(null),
        lineage: known(1),
        certification: known(0),
        usage: known(0.67),
        incidents: known(0.5),
        contract: known(1 / 3),
      },
      weights,
    );
    expect(score).toBe(66);
  });
});
