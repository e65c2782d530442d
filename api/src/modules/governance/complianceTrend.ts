/**
 * The compliance trend (pure): for each day of a window, the findings open at
 * its end (UTC; for today, now), by severity. A finding is open from `openedAt`
 * until `resolvedAt`; findings are kept when resolved, so the trend needs no
 * snapshots and is exact for any past day. A day that ended before the first
 * policy was put in force is not measured: nothing was checked, so its 0 would
 * read as "compliant" when it means "not looked at".
 */
import type { ComplianceTrendPoint } from './governance.type.ts';
import { severityCounts } from './severityCounts.ts';

export interface FindingPeriod {
  severity: string;
  openedAt: string;
  resolvedAt: string | null;
}

/** The instants the trend is counted at, oldest first: the end of each of the last `days` days, the last one now. */
export function trendInstants(days: number, now: Date): Array<{ date: string; at: string }> {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: days }, (_, index) => {
    const dayStart = today - (days - 1 - index) * 86_400_000;
    const end = index === days - 1 ? now.getTime() : dayStart + 86_400_000 - 1;
    return { date: new Date(dayStart).toISOString().slice(0, 10), at: new Date(end).toISOString() };
  });
}

/** `measuredSince`: when the first policy was put in force (null: never). */
export function complianceTrend(findings: readonly FindingPeriod[], instants: ReadonlyArray<{ date: string; at: string }>, measuredSince: string | null): ComplianceTrendPoint[] {
  return instants.map(({ date, at }) => ({
    date,
    measured: measuredSince !== null && measuredSince <= at,
    open: severityCounts(findings.filter((finding) => finding.openedAt <= at && (finding.resolvedAt === null || finding.resolvedAt > at)).map((finding) => finding.severity)),
  }));
}
