const UNITS: ReadonlyArray<[seconds: number, one: string, other: string]> = [
  [604_800, 'week', 'weeks'],
  [86_400, 'day', 'days'],
  [3_600, 'hour', 'hours'],
  [60, 'minute', 'minutes'],
  [1, 'second', 'seconds'],
];

/**
 * `1 day`, `4 hours`, `15 minutes`: a duration in the largest unit that divides
 * it, so an SLO reads as its contract wrote it; `90 minutes` rather than
 * `1.5 hours`. Fractions of a second are shown as they are.
 */
export function formatDuration(seconds: number): string {
  const [size, one, other] = UNITS.find(([unit]) => seconds >= unit && seconds % unit === 0) ?? UNITS.at(-1)!;
  const amount = seconds / size;
  return `${amount.toLocaleString('en-US')} ${amount === 1 ? one : other}`;
}
