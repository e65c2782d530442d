import { Cron } from 'croner';
import { z } from 'zod';
import { shown } from './plainIssueMessage.ts';

/**
 * A cron expression, as polder.yaml writes a schedule: 5 fields (minute hour day-of-month month
 * day-of-week), or 6 with seconds first (`"0 *\/10 * * * *"`, every 10 minutes at second 0), or one
 * of the nicknames below. `example` shows the form in the error, e.g. `"0 * * * *" (every hour)`.
 *
 * Two schedulers read it: croner in one process, BullMQ's cron-parser on the shared queue
 * (`redis.url`). Both read 5 fields, and 6 with seconds first, the same way; each also reads forms
 * the other refuses, so those are refused here, where an operator sees it, rather than when a
 * worker registers its jobs (or, worse, read differently):
 *
 * - 7 fields (a trailing year), `W` (nearest weekday), `+` (croner's day-of-month AND day-of-week)
 *   and nicknames other than these: cron-parser refuses them.
 * - `?` outside day-of-month and day-of-week: croner reads it as `*` anywhere, so an AWS-style
 *   schedule with a trailing year, `"0 12 * * ? *"` (daily at noon there), would run at minute 12
 *   of every hour.
 * - A date no calendar has (`"0 0 31 2 *"`): croner accepts it and never runs it.
 */
export function cronSchedule(example: string) {
  return z.string().superRefine((expression, context) => {
    const problem = cronProblem(expression);
    if (problem) context.addIssue({ code: 'custom', message: `${problem}; a cron expression has ${FIELDS}, e.g. ${example}` });
  });
}

const NICKNAMES = ['@yearly', '@monthly', '@weekly', '@daily', '@hourly'];
const FIELDS = '5 fields (minute hour day-of-month month day-of-week) or 6 (seconds first)';

/**
 * What is wrong with a schedule, in words that start with the schedule (`"0 0 31 2 *" never runs: no
 * date matches it`), or undefined when both schedulers read it, and read it alike.
 */
export function cronProblem(expression: string): string | undefined {
  const written = expression.trim();
  if (written.startsWith('@')) return NICKNAMES.includes(written) ? undefined : `${shown(expression)} is not one of ${NICKNAMES.join(', ')}`;
  const fields = written === '' ? [] : written.split(/\s+/);
  if (fields.length !== 5 && fields.length !== 6) {
    return `${shown(expression)} has ${fields.length} field${fields.length === 1 ? '' : 's'}${fields.length === 7 ? ' (a year is not read)' : ''}`;
  }
  // With seconds first, day-of-month and day-of-week are the 4th and 6th fields; without, the 3rd and 5th.
  const [dayOfMonth, dayOfWeek] = fields.length === 6 ? [3, 5] : [2, 4];
  const misplaced = fields.findIndex((field, index) => field.includes('?') && index !== dayOfMonth && index !== dayOfWeek);
  if (misplaced >= 0) return `${shown(expression)}: "?" (any day) belongs in day-of-month or day-of-week, not in field ${misplaced + 1} (a trailing year is not read)`;
  if (/w/i.test(fields[dayOfMonth]!)) return `${shown(expression)}: "W" (the nearest weekday) is not read by the shared scheduler (redis.url)`;
  if (written.includes('+')) return `${shown(expression)}: "+" is not read by the shared scheduler (redis.url)`;
  let job: Cron | undefined;
  try {
    job = new Cron(written, { paused: true });
    return job.nextRun() === null ? `${shown(expression)} never runs: no date matches it` : undefined;
  } catch (error) {
    // croner's reason names the field ("CronPattern: Invalid value for hour: 24"), or counts fields from its own seconds field, added to 5 fields, so the count is left out.
    const reason = (error as Error).message
      .replace(/^CronPattern:\s*/, '')
      .replace(/configuration entry \d+ \((.*)\) contains illegal characters/, '"$1" is not valid in its field')
      .replace(/\.$/, '');
    return `${shown(expression)} is not valid (${reason.charAt(0).toLowerCase()}${reason.slice(1)})`;
  } finally {
    job?.stop();
  }
}
