/**
 * The geometry of a compliance trend chart (pure): one stacked bar per day,
 * the most severe findings at the bottom, scaled to the tallest day.
 */
import type { SeverityCounts, TrendPoint } from '../api/fragments/complianceFields';

export const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type SeverityKey = (typeof SEVERITY_ORDER)[number];

export interface BarSegment {
  severity: SeverityKey;
  y: number;
  height: number;
}

export interface TrendBar {
  date: string;
  x: number;
  width: number;
  total: number;
  /** False before the first policy was in force: drawn as not measured, not as a day without findings. */
  measured: boolean;
  segments: BarSegment[];
}

export function trendBars(points: readonly TrendPoint[], size: { width: number; height: number; gap: number }): { bars: TrendBar[]; max: number } {
  const max = Math.max(1, ...points.map((point) => point.open.total));
  const slot = points.length === 0 ? 0 : size.width / points.length;
  const width = Math.max(1, slot - size.gap);
  const bars = points.map((point, index) => {
    let top = size.height;
    const segments: BarSegment[] = [];
    for (const severity of SEVERITY_ORDER) {
      const count = point.open[severity as keyof SeverityCounts];
      if (count === 0) continue;
      const height = (count / max) * size.height;
      top -= height;
      segments.push({ severity, y: round(top), height: round(height) });
    }
    return { date: point.date, x: round(index * slot), width: round(width), total: point.open.total, measured: point.measured, segments };
  });
  return { bars, max };
}

/**
 * In words, for screen readers and the chart's title: the count now, and how it
 * changed since the end of the day before, then since the first day measured.
 *
 * The points are counts at the end of each day, the last one now: nothing in
 * them says what happened within a day. So the first day measured (policies
 * first applied that day) has nothing to be compared with; calling its count
 * "unchanged" would hide a rise and a fall on that same day.
 */
export function trendSummary(points: readonly TrendPoint[]): string {
  const measured = points.filter((point) => point.measured);
  if (measured.length === 0) return 'Not measured: no policy applied yet.';
  const first = measured[0]!;
  const last = measured[measured.length - 1]!;
  const now = `${last.open.total} open finding${last.open.total === 1 ? '' : 's'} now (${last.open.critical} critical, ${last.open.high} high)`;
  // Before the window's first day, the points do not say whether policies applied.
  const policiesFirstApplied = first !== points[0];
  if (measured.length === 1) return `${now}; ${policiesFirstApplied ? `policies first applied on ${first.date}: ` : ''}no earlier day to compare with.`;
  const since = (point: TrendPoint) => `${change(last, point)} since the end of ${point.date}${point === first && policiesFirstApplied ? ', when policies first applied' : ''}`;
  const previous = measured[measured.length - 2]!;
  return `${now}: ${since(previous)}${previous === first ? '' : `, ${since(first)}`}.`;
}

/** `up 3`, `down 2` or `unchanged`: from `before`'s total to `after`'s. */
function change(after: TrendPoint, before: TrendPoint): string {
  const difference = after.open.total - before.open.total;
  return difference === 0 ? 'unchanged' : difference > 0 ? `up ${difference}` : `down ${-difference}`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
