import { describe, expect, it } from 'vitest';

import { isFormData } from './formDataGuard';

describe('isFormData', () => {
  it('accepts a form’s data', () => {
    const form = new FormData();
    form.set('urn', 'urn:li:dataset:x');
    expect(isFormData(form)).toBe(true);
    expect(isFormData(new FormData())).toBe(true);
  });

  it('refuses whatever else a hand-made request decodes to, even what has a `get`', () => {
    for (const value of [{}, [], null, undefined, 'urn=x', 42, new Map([['urn', 'x']]), new URLSearchParams('urn=x'), { get: () => 'x' }]) {
      expect(isFormData(value)).toBe(false);
    }
  });
});
