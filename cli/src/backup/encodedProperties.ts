/**
 * A backup's property maps (backupFormat.ts): checked before a restore writes anything, because
 * Neo4j refuses a value it cannot store only when the batch holding it is written, half-way
 * through the restore; then decoded for the driver.
 *
 *   {"name": "invoice", "tags": ["pii", "finance"], "version": {"$int": "3"}, "score": 0.5}   fine
 *   {"tags": ["pii", 3]}       a list mixes a string and a number: Neo4j stores no such list
 *   {"owner": {"name": "x"}}   a map: Neo4j stores none in a property
 */
import neo4j, { type Integer } from 'neo4j-driver';
import type { EncodedValue } from './backupFormat.ts';

/** A JSON object: not null, not a list. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What is wrong with `props` as a map of properties Neo4j stores, naming the property; null when nothing is. */
export function propertiesProblem(props: unknown, reserved: string[] = []): string | null {
  if (props === undefined) return '"props" is missing (an object of properties, {} for none)';
  if (!isRecord(props)) return `"props" must be an object of properties, not ${describe(props)}`;
  for (const [key, value] of Object.entries(props)) {
    // Neo4j's token names may be anything but empty or hold a NUL.
    if (key === '' || key.includes('\u0000')) return `property name ${JSON.stringify(key)} is not one Neo4j takes`;
    if (reserved.includes(key)) return `property "${key}" is a name the restore uses for itself`;
    const problem = valueProblem(value);
    if (problem) return `property "${key}" ${problem}`;
  }
  return null;
}

export function decodeProperties(props: Record<string, EncodedValue>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([key, value]) => [key, decodeValue(value)]));
}

function decodeValue(value: EncodedValue): unknown {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (value !== null && typeof value === 'object') return neo4j.int(value.$int) as Integer;
  return value;
}

const INT64 = { min: -(2n ** 63n), max: 2n ** 63n - 1n };

function valueProblem(value: unknown): string | null {
  // A null property is no property: the restore sets nothing, as Neo4j held nothing.
  if (value === null) return null;
  if (!Array.isArray(value)) {
    const reason = scalarProblem(value);
    return reason && `is ${describe(value)}, ${reason}`;
  }
  const kinds = new Set<string>();
  for (const item of value) {
    const reason = scalarProblem(item);
    if (reason) return `holds ${describe(item)} in its list, ${reason}`;
    kinds.add(isRecord(item) ? 'integer' : typeof item);
  }
  if (kinds.size > 1) return `mixes ${[...kinds].join(' and ')} values in one list, which Neo4j does not store`;
  return null;
}

/** Why `value` is not a string, number, boolean or {"$int": "<digits>"} within Neo4j's 64 bits; null when it is one. */
function scalarProblem(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return null;
  if (!isRecord(value) || !('$int' in value)) return 'which Neo4j does not store';
  const digits = value.$int;
  if (Object.keys(value).length !== 1 || typeof digits !== 'string' || !/^-?\d+$/.test(digits)) return 'not an integer as {"$int": "<digits>"}';
  if (BigInt(digits) < INT64.min || BigInt(digits) > INT64.max) return "beyond Neo4j's 64-bit integers";
  return null;
}

/** The value as the file has it, cut short: enough to find it. */
function describe(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}
