// A fixed locale and zone: pages render on the server, whose settings are not the reader's.
const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

/** `30 Nov 2026, 14:05 UTC` from an ISO 8601 instant; the input as is when unparsable. */
export function formatDateTime(iso: string): string {
  const value = new Date(iso);
  return Number.isNaN(value.getTime()) ? iso : `${dateTime.format(value)} UTC`;
}

/** `30 Nov 2026`. */
export function formatDate(iso: string): string {
  const value = new Date(iso);
  return Number.isNaN(value.getTime()) ? iso : date.format(value);
}
