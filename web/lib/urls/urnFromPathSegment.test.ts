import { describe, expect, it } from 'vitest';

import { datasetHref } from './datasetHref';
import { urnFromPathSegment } from './urnFromPathSegment';

describe('urnFromPathSegment', () => {
  const urn = 'urn:polder:dataset:(postgres,sales-db,50%25 off)';
  const segment = datasetHref(urn).slice('/datasets/'.length);

  it('decodes the segment datasetHref made', () => {
    expect(urnFromPathSegment(segment)).toEqual(urn);
  });

  it('leaves an already decoded URN alone', () => {
    expect(urnFromPathSegment(urn)).toEqual(urn);
  });

  it('returns null for broken percent-encoding', () => {
    expect(urnFromPathSegment('%E0%A4%A')).toBeNull();
  });
});
