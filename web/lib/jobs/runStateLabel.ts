/**
 * An OpenLineage run state in words, with the badge colour that only repeats them
 * (the classes of OutcomeBadge and the crawl runs' status).
 */
const STATES: Record<string, { label: string; badge: 'pass' | 'fail' | 'warn' | 'status' }> = {
  START: { label: 'Started', badge: 'warn' },
  RUNNING: { label: 'Running', badge: 'warn' },
  COMPLETE: { label: 'Completed', badge: 'pass' },
  FAIL: { label: 'Failed', badge: 'fail' },
  ABORT: { label: 'Aborted', badge: 'fail' },
  OTHER: { label: 'Unknown', badge: 'status' },
};

export function runStateLabel(state: string): { label: string; badge: 'pass' | 'fail' | 'warn' | 'status' } {
  return STATES[state] ?? { label: state, badge: 'status' };
}
