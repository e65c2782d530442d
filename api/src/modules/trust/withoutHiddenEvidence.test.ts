import { describe, expect, it } from 'vitest';
import type { TrustScore } from './trust.type.ts';
import { evidenceUrns, withoutHiddenEvidence } from './withoutHiddenEvidence.ts';

const SUBJECT = 'urn:polder:dataset:(sqlite,s,main.report)';
const A = 'urn:polder:dataset:(sqlite,s,main.a)';
const B = 'urn:polder:dataset:(sqlite,s,main.b)';
const C = 'urn:polder:dataset:(sqlite,s,main.c)';
const JOB = 'urn:polder:job:(n,load)';

function score(evidence: TrustScore['components'][number]['evidence'], cap: TrustScore['cap'] = null): TrustScore {
  return { score: 40, uncappedScore: 70, computedAt: '2026-01-01T00:00:00.000Z', components: [{ name: 'lineage', value: 1, weight: 10, contribution: 20, evidence }], cap };
}

describe('evidenceUrns', () => {
  it('lists the URNs named besides the asset and its own columns, once each, the cap included', () => {
    const trust = score(
      [
        { kind: 'description', urn: SUBJECT, description: 'has a description' },
        { kind: 'undescribedColumn', urn: `urn:polder:field:(${SUBJECT},note)`, description: 'column note has no description' },
        { kind: 'upstream', urn: A, description: 'derives from a' },
        { kind: 'upstream', urn: A, description: 'derives from a' },
        { kind: 'noChecks', urn: null, description: 'no quality checks' },
      ],
      { urn: B, score: 40, reason: 'capped by its weakest upstream, b, which scores 40' },
    );
    expect(evidenceUrns(trust, SUBJECT)).toEqual([A, B]);
  });
});

describe('withoutHiddenEvidence', () => {
  it('replaces the hidden items of each kind by one count in the place of the first, and keeps the rest and the values', () => {
    const trust = score([
      { kind: 'upstream', urn: A, description: 'derives from a' },
      { kind: 'upstream', urn: B, description: 'derives from b' },
      { kind: 'unknownInputs', urn: JOB, description: 'written by job load, whose inputs are not known' },
      { kind: 'upstream', urn: C, description: 'derives from c' },
      { kind: 'more', urn: null, description: 'and 3 more upstream datasets' },
    ]);
    expect(withoutHiddenEvidence(trust, new Set([B, C, JOB]))).toEqual({
      ...trust,
      components: [
        {
          ...trust.components[0],
          evidence: [
            { kind: 'upstream', urn: A, description: 'derives from a' },
            { kind: 'notVisible', urn: null, description: '2 upstream datasets you may not see' },
            { kind: 'notVisible', urn: null, description: 'written by 1 job you may not see, whose inputs are not known' },
            { kind: 'more', urn: null, description: 'and 3 more upstream datasets' },
          ],
        },
      ],
    });
  });

  it('keeps a hidden cap\'s score and role, without its URN or name', () => {
    const trust = score([], { urn: B, score: 40, reason: 'capped by its weakest upstream, b, which scores 40' });
    expect(withoutHiddenEvidence(trust, new Set([B])).cap).toEqual({ urn: null, score: 40, reason: 'capped by its weakest upstream, a dataset you may not see, which scores 40' });
    expect(withoutHiddenEvidence(trust, new Set([A])).cap).toEqual(trust.cap);
  });

  it('returns the score as it is when nothing it names is hidden', () => {
    const trust = score([{ kind: 'upstream', urn: A, description: 'derives from a' }]);
    expect(withoutHiddenEvidence(trust, new Set())).toBe(trust);
    expect(withoutHiddenEvidence(trust, new Set([B]))).toEqual(trust);
  });
});
