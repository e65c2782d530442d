import type { NamedUrn } from '../api/queries/changesQuery';
import { formatDateTime } from '../format/formatDateTime';

import { changeFieldLabel } from './changeFieldLabel';

/** A timestamp as the API writes them (certified at, expires), shown as a date and time instead. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

/** One edited value of an audit entry, as text to show. */
export interface ChangedValue {
  /** The edited property, in words (changeFieldLabel): "Description", "Owners". */
  field: string;
  before: string;
  after: string;
}

/**
 * The values an audit entry changed, before → after, from its two JSON
 * objects. Keys whose value did not change are left out; a value that is not
 * JSON is shown as it came.
 */
export function describeChange(beforeJson: string, afterJson: string, names: readonly NamedUrn[] = []): ChangedValue[] {
  const before = parseObject(beforeJson);
  const after = parseObject(afterJson);
  const nameOf = new Map(names.map((named) => [named.urn, named.name]));
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.flatMap((key) => {
    const from = showValue(before[key], nameOf);
    const to = showValue(after[key], nameOf);
    return from === to ? [] : [{ field: changeFieldLabel(key), before: from, after: to }];
  });
}

function parseObject(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    return { value: json };
  }
}

/** `—` for nothing; lists joined; owners as "name (type)"; a URN by its name when the API gave one. */
function showValue(value: unknown, nameOf: ReadonlyMap<string, string>): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((item) => showValue(item, nameOf)).join(', ');
  if (typeof value === 'object') {
    const { name, type } = value as { name?: unknown; type?: unknown };
    if (typeof name === 'string') return typeof type === 'string' ? `${name} (${type.toLowerCase().replace(/_/g, ' ')})` : name;
    return JSON.stringify(value);
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' && ISO_INSTANT.test(value)) return formatDateTime(value);
  if (typeof value === 'string') return nameOf.get(value) ?? value;
  return String(value);
}
