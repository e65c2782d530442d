/**
 * OpenLineage event times are RFC 3339 date-times with any offset and up to
 * nanoseconds (`2020-12-28T19:52:00.001+10:00`, Spark's `...00.123456Z`). Polder
 * orders events by them, so it turns each into UTC twice: an ISO string to store
 * (`2020-12-28T09:52:00.001Z`, the precision as sent, at least milliseconds) and a
 * version that sorts as text in time order (`2020-12-28T09:52:00.001000000Z`).
 * A `Date` alone would drop the microseconds that tell two Spark events apart.
 */

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

export interface EventTime {
  iso: string;
  version: string;
}

/** The UTC forms of an RFC 3339 date-time, or undefined when it is not one (a time zone is required). */
export function parseEventTime(text: string): EventTime | undefined {
  const match = RFC3339.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction = '', zulu, sign, offsetHours, offsetMinutes] = match;
  const fields = [year, month, day, hour, minute, second].map(Number) as [number, number, number, number, number, number];
  const [y, mo, d, h, mi, s] = fields;
  const calendar = new Date(Date.UTC(y, mo - 1, d));
  // Date.UTC rolls 31 February over into March; a real date survives the round trip.
  if (calendar.getUTCMonth() !== mo - 1 || calendar.getUTCDate() !== d || h > 23 || mi > 59 || s > 60) return undefined;
  const offset = zulu ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  if (!zulu && (Number(offsetHours) > 23 || Number(offsetMinutes) > 59)) return undefined;
  const utc = new Date(Date.UTC(y, mo - 1, d, h, mi, s) - offset * 60_000);
  if (Number.isNaN(utc.getTime()) || utc.getUTCFullYear() > 9999 || utc.getUTCFullYear() < 0) return undefined;
  // Offsets are whole minutes, so the fraction of a second is the same in UTC.
  const seconds = utc.toISOString().slice(0, 19);
  return { iso: `${seconds}.${fraction.padEnd(3, '0')}Z`, version: `${seconds}.${fraction.padEnd(9, '0')}Z` };
}
