// A fixed locale: pages render on the server, whose locale is not the reader's.
const exact = new Intl.NumberFormat('en-US');
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** `12,345`: for counts a reader may compare digit by digit. */
export function formatCount(value: number): string {
  return exact.format(value);
}

/** `12.3K`: for estimates, where more digits would claim a precision they lack. */
export function formatCompactCount(value: number): string {
  return compact.format(value);
}
