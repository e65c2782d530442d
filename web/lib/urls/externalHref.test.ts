import { describe, expect, it } from 'vitest';

import { externalHref } from './externalHref';

describe('externalHref', () => {
  it('keeps absolute http and https addresses', () => {
    expect(externalHref('https://example.com/terms')).toBe('https://example.com/terms');
    expect(externalHref('http://example.com')).toBe('http://example.com/');
  });

  it('refuses every other scheme and anything relative', () => {
    expect(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', '/glossary', 'example.com', 'mailto:a@example.com'].map(externalHref)).toEqual([null, null, null, null, null, null]);
  });
});
