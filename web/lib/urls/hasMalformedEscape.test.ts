import { describe, expect, it } from 'vitest';

import { datasetHref } from './datasetHref';
import { hasMalformedEscape } from './hasMalformedEscape';

describe('hasMalformedEscape', () => {
  it('finds an escape that is not hexadecimal, and a UTF-8 sequence cut short', () => {
    expect(hasMalformedEscape('/datasets/%ZZ')).toBe(true);
    expect(hasMalformedEscape('/datasets/%E0%A4%A')).toBe(true);
    expect(hasMalformedEscape('/glossary/terms/urn%3Apolder%3A%')).toBe(true);
  });

  it('passes the paths the catalog makes, and paths without escapes', () => {
    expect(hasMalformedEscape(datasetHref('urn:polder:dataset:(postgres,sales-db,50%25 off é)'))).toBe(false);
    expect(hasMalformedEscape('/search')).toBe(false);
  });
});
