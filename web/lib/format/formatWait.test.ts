import { describe, expect, it } from 'vitest';

import { formatWait } from './formatWait';

describe('formatWait', () => {
  it('says seconds under a minute, and minutes rounded up above', () => {
    expect(formatWait(1)).toEqual('1 second');
    expect(formatWait(44.2)).toEqual('45 seconds');
    expect(formatWait(60)).toEqual('1 minute');
    expect(formatWait(61)).toEqual('2 minutes');
    expect(formatWait(900)).toEqual('15 minutes');
  });

  it('never says zero', () => {
    expect(formatWait(0)).toEqual('1 second');
  });
});
