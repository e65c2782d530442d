/**
 * A data product's SLA from its node: the contract source stores each
 * `slaProperties` entry flat (`sla.<property>[.<driver>].<key>`) and the
 * strictest latency in seconds (crawlers/src/sources/contract/slaProperties.ts).
 *
 *   { 'sla.latency.value': 1, 'sla.latency.unit': 'd', freshnessSloSeconds: 86400 }
 *   → { freshnessSloSeconds: 86400, freshnessSloElement: null,
 *       entries: [{ key: 'latency.unit', value: 'd' }, { key: 'latency.value', value: '1' }] }
 */
import { toNumber } from '../trust/neo4jValues.ts';
import type { DataProductSla, SlaEntry } from './sla.type.ts';

const PREFIX = 'sla.';

export function slaOf(product: Readonly<Record<string, unknown>>): DataProductSla {
  const entries: SlaEntry[] = [];
  for (const [name, raw] of Object.entries(product)) {
    if (!name.startsWith(PREFIX)) continue;
    const value = asText(raw);
    if (value !== null) entries.push({ key: name.slice(PREFIX.length), value });
  }
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const element = product.freshnessSloElement;
  return { freshnessSloSeconds: toNumber(product.freshnessSloSeconds), freshnessSloElement: typeof element === 'string' ? element : null, entries };
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((item) => asText(item) ?? '').join(', ');
  if (typeof value === 'object' && 'toNumber' in value) return String((value as { toNumber(): number }).toNumber());
  return String(value);
}
