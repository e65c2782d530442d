import { describe, expect, it } from 'vitest';

import { tagBeingTyped } from './tagBeingTyped';

describe('tagBeingTyped', () => {
  it('is the text after the last comma or new line, trimmed, with all before it as typed', () => {
    expect(tagBeingTyped('gold, pi')).toEqual({ before: 'gold, ', typed: 'pi' });
    expect(tagBeingTyped('gold,pi ')).toEqual({ before: 'gold,', typed: 'pi' });
    expect(tagBeingTyped('gold\n  pi')).toEqual({ before: 'gold\n  ', typed: 'pi' });
    expect(tagBeingTyped(' pi')).toEqual({ before: ' ', typed: 'pi' });
  });

  it('is empty right after a separator, and for an empty box', () => {
    expect(tagBeingTyped('gold,')).toEqual({ before: 'gold,', typed: '' });
    expect(tagBeingTyped('gold, ')).toEqual({ before: 'gold, ', typed: '' });
    expect(tagBeingTyped('')).toEqual({ before: '', typed: '' });
  });
});
