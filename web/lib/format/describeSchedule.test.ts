import { describe, expect, it } from 'vitest';
import { describeSchedule } from './describeSchedule';

describe('describeSchedule', () => {
  it('says a schedule in words', () => {
    expect(describeSchedule('*/30 * * * *')).toBe('Every 30 minutes');
    expect(describeSchedule('0 * * * *')).toBe('Every hour');
    expect(describeSchedule('15 2 * * 1-5')).toBe('At 02:15, Monday through Friday');
  });

  it('gives up on what it cannot read, rather than guess', () => {
    expect(describeSchedule('every hour')).toBeNull();
  });
});
