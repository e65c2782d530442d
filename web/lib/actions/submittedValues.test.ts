import { describe, expect, it } from 'vitest';

import { submittedValues } from './submittedValues';

describe('submittedValues', () => {
  it("keeps the text fields, not React's own nor files", () => {
    const form = new FormData();
    form.set('label', 'Customer');
    form.set('$ACTION_ID_abc', '');
    form.set('upload', new Blob(['x']), 'x.txt');
    form.set('comment', '');
    expect(submittedValues(form)).toEqual({ label: 'Customer', comment: '' });
  });
});
