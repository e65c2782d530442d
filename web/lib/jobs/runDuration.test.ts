import { describe, expect, it } from 'vitest';

import { runDuration } from './runDuration';

describe('runDuration', () => {
  it('says how long a run took in the largest units that matter', () => {
    expect(runDuration('2026-11-27T02:00:00.000Z', '2026-11-27T02:04:12.000Z')).toEqual('4 min 12 s');
    expect(runDuration('2026-11-27T02:00:00Z', '2026-11-27T02:03:00Z')).toEqual('3 min');
    expect(runDuration('2026-11-27T02:00:00Z', '2026-11-27T03:05:40Z')).toEqual('1 h 5 min');
    expect(runDuration('2026-11-27T02:00:00Z', '2026-11-27T04:00:20Z')).toEqual('2 h');
    expect(runDuration('2026-11-27T02:00:00Z', '2026-11-27T02:00:38Z')).toEqual('38 s');
    expect(runDuration('2026-11-27T02:00:00.000Z', '2026-11-27T02:00:00.250Z')).toEqual('250 ms');
  });

  it('is null without both ends, or when they are out of order or unparsable', () => {
    expect(runDuration('2026-11-27T02:00:00Z', null)).toBeNull();
    expect(runDuration(null, '2026-11-27T02:00:00Z')).toBeNull();
    expect(runDuration('2026-11-27T02:00:00Z', '2026-11-27T01:59:00Z')).toBeNull();
    expect(runDuration('soon', '2026-11-27T02:00:00Z')).toBeNull();
  });
});
