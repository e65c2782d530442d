import { SEVERITIES } from '@polder/runtime';
import type { SeverityCounts } from './governance.type.ts';

/** Counts severities (lower-case, as stored) into the API's shape. */
export function severityCounts(severities: Iterable<string>): SeverityCounts {
  const counts: SeverityCounts = { critical: 0, high: 0, medium: 0, low: 0, info: 0, total: 0 };
  for (const severity of severities) {
    if (!(SEVERITIES as readonly string[]).includes(severity)) continue;
    counts[severity as keyof Omit<SeverityCounts, 'total'>] += 1;
    counts.total += 1;
  }
  return counts;
}
