import { Cron } from 'croner';
import { describe, expect, it } from 'vitest';
import { cronProblem, cronSchedule } from './cronSchedule.ts';

describe('cronSchedule', () => {
  it('refuses what is not a cron expression, with the form and the example', () => {
    expect(cronSchedule('"0 * * * *" (every hour)').safeParse('hourly').error?.issues[0]?.message).toBe(
      '"hourly" has 1 field; a cron expression has 5 fields (minute hour day-of-month month day-of-week) or 6 (seconds first), e.g. "0 * * * *" (every hour)',
    );
  });
});

describe('cronProblem', () => {
  it('accepts 5 fields, 6 with seconds first, and the nicknames both schedulers read', () => {
    expect(['*/30 * * * *', '0 */10 * * * *', '* * * * * *', '0 0 ? * MON', '0 0 L * *', '0 0 * * SUN#1', '@hourly', '@daily'].map(cronProblem)).toEqual(Array(8).fill(undefined));
  });

  it('reads a sixth field as seconds, first: "0 */10 * * * *" runs every 10 minutes, at second 0', () => {
    const runs = new Cron('0 */10 * * * *', { paused: true, timezone: 'UTC' }).nextRuns(3, new Date('2025-01-01T00:03:07Z'));
    expect(runs.map((run) => run.toISOString())).toEqual(['2025-01-01T00:10:00.000Z', '2025-01-01T00:20:00.000Z', '2025-01-01T00:30:00.000Z']);
  });

  it('refuses a year field and a "?" where a trailing year would put it, which croner would misread as every hour', () => {
    expect([cronProblem('0 0 * * * * 2030'), cronProblem('0 12 * * ? *')]).toEqual([
      '"0 0 * * * * 2030" has 7 fields (a year is not read)',
      '"0 12 * * ? *": "?" (any day) belongs in day-of-month or day-of-week, not in field 5 (a trailing year is not read)',
    ]);
  });

  it("refuses what only croner reads, which the shared scheduler (BullMQ's cron-parser) would refuse at a worker's start", () => {
    expect(['0 0 15W * *', '0 0 1 * +MON', '@midnight', '@HOURLY'].map(cronProblem)).toEqual([
      '"0 0 15W * *": "W" (the nearest weekday) is not read by the shared scheduler (redis.url)',
      '"0 0 1 * +MON": "+" is not read by the shared scheduler (redis.url)',
      '"@midnight" is not one of @yearly, @monthly, @weekly, @daily, @hourly',
      '"@HOURLY" is not one of @yearly, @monthly, @weekly, @daily, @hourly',
    ]);
  });

  it('refuses a schedule that never runs, and names the bad field of one it cannot read', () => {
    expect([cronProblem('0 0 31 2 *'), cronProblem('0 24 * * *'), cronProblem('L * * * *')]).toEqual([
      '"0 0 31 2 *" never runs: no date matches it',
      '"0 24 * * *" is not valid (invalid value for hour: 24)',
      '"L * * * *" is not valid ("L" is not valid in its field)',
    ]);
  });
});
