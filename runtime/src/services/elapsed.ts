/** "4.2": seconds since `startedAtMs` (a `Date.now()`), for log lines that report how long a step took. */
export function secondsSince(startedAtMs: number): string {
  return ((Date.now() - startedAtMs) / 1000).toFixed(1);
}
