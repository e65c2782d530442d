/** One promise of an SLA, as the product page lists it: `latency` (driver `analytics`) 1 h on deliveries.delivered_at. */
export interface SlaRow {
  /** The SLA property, e.g. `latency`, `retention`, `timeOfAvailability`. */
  property: string;
  /** Why it matters, when the contract says: regulatory, analytics, operational, ... */
  driver: string | null;
  value: string | null;
  unit: string | null;
  element: string | null;
  description: string | null;
}

const KEYS = ['value', 'unit', 'element', 'description'] as const;

/**
 * The API's flat SLA entries (`latency.value`, `timeOfAvailability.regulatory.value`, ...)
 * grouped into one row per promise: the last segment of a key names the part of the
 * promise, the first the property and the middle (when there is one) its driver. Parts
 * other than value, unit, element and description (schedules, valueExt) are left out.
 */
export function slaRows(entries: ReadonlyArray<{ key: string; value: string }>): SlaRow[] {
  const rows = new Map<string, SlaRow>();
  for (const { key, value } of entries) {
    const segments = key.split('.');
    if (segments.length < 2) continue;
    const part = segments.at(-1)!;
    const property = segments[0]!;
    const driver = segments.length > 2 ? segments.slice(1, -1).join('.') : null;
    const id = `${property}\u0000${driver ?? ''}`;
    const row = rows.get(id) ?? { property, driver, value: null, unit: null, element: null, description: null };
    if ((KEYS as readonly string[]).includes(part)) row[part as (typeof KEYS)[number]] = value;
    rows.set(id, row);
  }
  return [...rows.values()].sort((a, b) => a.property.localeCompare(b.property) || (a.driver ?? '').localeCompare(b.driver ?? ''));
}
