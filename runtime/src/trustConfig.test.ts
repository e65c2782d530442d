import { describe, expect, it } from 'vitest';
import { trustConfigSchema } from './trustConfig.ts';

describe('trustConfigSchema', () => {
  it('gives every key its documented default when polder.yaml has no trust section', () => {
    expect(trustConfigSchema.parse(undefined)).toEqual({
      windowDays: 30,
      certificationThreshold: 50,
      incidentPenalty: 0.5,
      weights: { documentation: 15, ownership: 10, quality: 20, freshness: 10, lineage: 10, certification: 10, usage: 5, incidents: 15, contract: 5 },
      productWeights: { documentation: 15, ownership: 15, certification: 10, incidents: 10, outputPorts: 50 },
    });
  });

  it('keeps the defaults of the weights a file does not name', () => {
    expect(trustConfigSchema.parse({ weights: { quality: 40 } }).weights).toMatchObject({ quality: 40, documentation: 15 });
  });

  it('refuses an unknown weight and a set of weights that are all zero, naming the key', () => {
    expect(trustConfigSchema.safeParse({ weights: { qualty: 3 } }).error?.issues[0]).toMatchObject({ path: ['weights'], message: 'Unrecognized key: "qualty"' });
    const zero = { documentation: 0, ownership: 0, certification: 0, incidents: 0, outputPorts: 0 };
    expect(trustConfigSchema.safeParse({ productWeights: zero }).error?.issues[0]).toMatchObject({
      path: ['productWeights'],
      message: 'at least one of documentation, ownership, certification, incidents must weigh above 0: the other components are unknown for an asset without checks, usage data or scored ports, which would then score 0',
    });
  });

  it('refuses weights only on components that may be unknown: a dataset without checks would score 0 and lose its certification', () => {
    const onlyQuality = { documentation: 0, ownership: 0, quality: 20, freshness: 10, lineage: 0, certification: 0, usage: 5, incidents: 0, contract: 5 };
    expect(trustConfigSchema.safeParse({ weights: onlyQuality }).error?.issues[0]).toMatchObject({
      path: ['weights'],
      message: 'at least one of documentation, ownership, lineage, certification, incidents must weigh above 0: the other components are unknown for an asset without checks, usage data or scored ports, which would then score 0',
    });
    const onlyPorts = { documentation: 0, ownership: 0, certification: 0, incidents: 0, outputPorts: 50 };
    expect(trustConfigSchema.safeParse({ productWeights: onlyPorts }).error?.issues[0]).toMatchObject({ path: ['productWeights'] });
    expect(trustConfigSchema.safeParse({ weights: { ...onlyQuality, lineage: 1 } }).success).toBe(true);
  });
});
