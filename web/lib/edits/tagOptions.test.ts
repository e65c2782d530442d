import { describe, expect, it } from 'vitest';

import { tagOptions } from './tagOptions';

describe('tagOptions', () => {
  it('completes the box with each tag, keeping what was typed before it, and says how much each is used', () => {
    expect(
      tagOptions('gold,pi', [
        { name: 'PII', count: 3 },
        { name: 'pizza', count: 1 },
      ]),
    ).toEqual([
      { value: 'gold,PII', label: 'on 3 assets' },
      { value: 'gold,pizza', label: 'on 1 asset' },
    ]);
  });

  it('leaves out the tags the box already holds, in any case', () => {
    expect(
      tagOptions('Gold, g', [
        { name: 'gold', count: 2 },
        { name: 'green', count: 1 },
      ]),
    ).toEqual([{ value: 'Gold, green', label: 'on 1 asset' }]);
  });
});
