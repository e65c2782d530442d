/**
 * An audit entry's values hold what was set, classifications included; a restricted dataset's
 * classifications, and its columns', are masked for callers outside its domain (access/sensitiveValues.ts),
 * so in its entries they are too: the key stays, its value becomes null.
 *
 *   {"classifications":["PII"]}  →  {"classifications":null}
 */
import { datasetUrnOf } from '@polder/graph-schema';
import type { ApiContext } from '../../context.ts';
import { unlessMasked } from '../access/sensitiveValues.ts';

/** The keys of an entry's values that hold sensitive values. */
const SENSITIVE_KEYS = ['classifications'];

/** The JSON text as the caller may read it: `text` itself unless it holds a sensitive value they may not see. */
export async function withoutMaskedValues(ctx: ApiContext, about: string, text: string): Promise<string> {
  const values = JSON.parse(text) as Record<string, unknown>;
  const sensitive = SENSITIVE_KEYS.filter((key) => values[key] !== undefined && values[key] !== null);
  if (sensitive.length === 0) return text;
  const dataset = datasetUrnOf(about);
  if (!dataset || (await unlessMasked(ctx, dataset, true))) return text;
  return JSON.stringify({ ...values, ...Object.fromEntries(sensitive.map((key) => [key, null])) });
}
