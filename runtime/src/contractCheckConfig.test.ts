import { describe, expect, it } from 'vitest';
import { contractCheckConfigSchema } from './contractCheckConfig.ts';

describe('contractCheckConfigSchema', () => {
  it('runs nothing on a schedule when polder.yaml has no contractChecks section', () => {
    expect(contractCheckConfigSchema.parse(undefined)).toEqual({ timeoutMs: 10_000 });
  });

  it('reads a schedule, a timeout and a sample size', () => {
    expect(contractCheckConfigSchema.parse({ schedule: '*/30 * * * *', timeoutMs: 5_000, sampleRows: 100_000 })).toEqual({
      schedule: '*/30 * * * *',
      timeoutMs: 5_000,
      sampleRows: 100_000,
    });
  });

  it('refuses a bad cron expression, a timeout of zero and an unknown key, naming the key', () => {
    expect(contractCheckConfigSchema.safeParse({ schedule: 'every hour' }).error?.issues[0]).toMatchObject({
      path: ['schedule'],
      message: '"every hour" has 2 fields; a cron expression has 5 fields (minute hour day-of-month month day-of-week) or 6 (seconds first), e.g. "*/30 * * * *" (every 30 minutes)',
    });
    expect(contractCheckConfigSchema.safeParse({ timeoutMs: 0 }).error?.issues[0]).toMatchObject({ path: ['timeoutMs'] });
    expect(contractCheckConfigSchema.safeParse({ schedul: '0 * * * *' }).error?.issues[0]).toMatchObject({ message: 'Unrecognized key: "schedul"' });
  });
});
