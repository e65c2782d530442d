import cronstrue from 'cronstrue';

/**
 * A cron schedule in words ("Every 30 minutes"), for people; the expression itself stays
 * beside it for whoever edits polder.yaml. An expression the describer cannot read (the
 * config's validator accepts a few more forms) is shown as it is rather than guessed at.
 */
export function describeSchedule(cron: string): string | null {
  try {
    return cronstrue.toString(cron, { verbose: false, use24HourTimeFormat: true });
  } catch {
    return null;
  }
}
