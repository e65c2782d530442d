import { describe, expect, it } from 'vitest';
import { trustConfigSchema } from '@polder/runtime';
import type { DataProductTrustInputs } from './TrustInputs.ts';
import { scoreDataProductTrust } from './scoreDataProductTrust.ts';

const options = { weights: trustConfigSchema.parse(undefined).productWeights, incidentPenalty: 0.5, now: new Date('2026-12-01T00:00:00Z') };
const asset = (name: string, score: number | null) => ({ urn: `urn:polder:dataset:(postgres,db,s.public.${name})`, name, score });

/**
 * documentation 1 × 15 + ownership 0 × 15 + certification 0 × 10 + incidents 1 × 10
 * + output ports (80 + 40) / 2 / 100 = 0.6 × 50 = 55 of 100 → 55, capped by the
 * upstream `raw` at 30.
 */
const product: DataProductTrustInputs = {
  urn: 'urn:polder:dataProduct:(sales,orders)',
  description: 'Orders for finance.',
  owners: [],
  certification: { certified: false, by: null, expiresAt: null, suspendedAt: null, suspendedReason: null },
  openIncidents: [],
  outputPorts: [asset('orders', 80), asset('order_lines', 40)],
  upstream: [asset('raw', 30), asset('not_scored', null)],
};

describe('scoreDataProductTrust', () => {
  it('caps the weighted sum at its weakest upstream', () => {
    const result = scoreDataProductTrust(product, options);
    expect(result).toMatchObject({
      score: 30,
      uncappedScore: 55,
      cap: { urn: 'urn:polder:dataset:(postgres,db,s.public.raw)', score: 30, reason: 'capped by its weakest upstream, raw, which scores 30' },
    });
    expect(result.components.map(({ name, value, contribution }) => ({ name, value, contribution }))).toEqual([
      { name: 'documentation', value: 1, contribution: 15 },
      { name: 'ownership', value: 0, contribution: 0 },
      { name: 'certification', value: 0, contribution: 0 },
      { name: 'incidents', value: 1, contribution: 10 },
      { name: 'outputPorts', value: 0.6, contribution: 30 },
    ]);
  });

  it('keeps the weighted sum when every port and upstream scores above it', () => {
    const result = scoreDataProductTrust({ ...product, outputPorts: [asset('orders', 90)], upstream: [asset('raw', 95)] }, options);
    expect(result).toMatchObject({ score: 70, uncappedScore: 70, cap: null });
  });

  it('leaves the output-ports component unknown, saying why, for a product without ports', () => {
    const result = scoreDataProductTrust({ ...product, outputPorts: [], upstream: [] }, options);
    // 15 + 0 + 0 + 10 of 50 known weight → 50.
    expect(result.score).toBe(50);
    expect(result.components.at(-1)).toEqual({ name: 'outputPorts', value: null, weight: 50, contribution: 0, evidence: [{ kind: 'noOutputPorts', urn: null, description: 'no output ports' }] });
  });
});
