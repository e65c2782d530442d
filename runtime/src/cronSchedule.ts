import { Cron } from 'croner';
import { z } from 'zod';

/**
 * A cron expression, as polder.yaml writes a schedule: accepted when the scheduler's own parser
 * (croner) reads it. `example` shows the form in the error, e.g. `"0 * * * *" (every hour)`.
 */
export function cronSchedule(example: string) {
  return z.string().refine(isCronExpression, `a cron expression, e.g. ${example}`);
}

function isCronExpression(expression: string): boolean {
  try {
    new Cron(expression, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}
