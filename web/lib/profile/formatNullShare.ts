const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });

/**
 * `25%` from 0.25. Never rounds a few nulls away or a few values into "all
 * null": 0.001 is `<1%` and 0.999 is `>99%`, so 0% and 100% always mean exactly that.
 */
export function formatNullShare(fraction: number): string {
  if (fraction > 0 && fraction < 0.005) return '<1%';
  if (fraction < 1 && fraction > 0.995) return '>99%';
  return percent.format(fraction);
}
