/**
 * An audit entry's values hold what was set, classifications and glossary terms included; a restricted
 * dataset's classifications, and its columns', are masked for callers outside its domain
 * (access/sensitiveValues.ts), and so are the classified terms they carry, which tell the same
 * (access/maskedInCypher.ts). In its entries they are too: a classifications key stays with the value
 * null, and a classified term's URN is left out of a list of terms, or nulled where it stands alone.
 *
 *   {"classifications":["PII"]}                  →  {"classifications":null}
 *   {"terms":["urn:…(,email-address)","urn:…(,rental)"]}  →  {"terms":["urn:…(,rental)"]}
 */
import { datasetUrnOf } from '@polder/graph-schema';
import type { ApiContext } from '../../context.ts';
import { maySeeSensitiveValuesOf } from '../access/sensitiveValues.ts';

type Values = Record<string, unknown>;

/** The keys of an entry's values whose whole value is sensitive. */
const SENSITIVE_KEYS = ['classifications'];

/** The keys of an entry's values that hold glossary term URNs (edits of terms, term suggestions): a list, or one. */
const TERM_KEYS = ['terms', 'suggestedTerm'];

/** The JSON text as the caller may read it: `text` itself unless it holds a sensitive value they may not see. */
export async function withoutMaskedValues(ctx: ApiContext, about: string, text: string): Promise<string> {
  const values = JSON.parse(text) as Values;
  const sensitive = SENSITIVE_KEYS.filter((key) => values[key] !== undefined && values[key] !== null);
  const terms = termUrnsIn(values);
  if (sensitive.length === 0 && terms.length === 0) return text;
  const dataset = datasetUrnOf(about);
  if (!dataset || (await maySeeSensitiveValuesOf(ctx, dataset))) return text;
  const loaded = await ctx.loaders.entityByUrn.loadMany(terms);
  // A term that is gone (or unreadable) may have been classified: it is masked, to be safe.
  const classified = new Set(terms.filter((_, index) => !hasNoClassification(loaded[index])));
  return JSON.stringify(maskedValues(values, sensitive, classified));
}

/** The term URNs of an entry's values. Pure. */
export function termUrnsIn(values: Values): string[] {
  return [...new Set(TERM_KEYS.flatMap((key) => [values[key]].flat().filter((urn): urn is string => typeof urn === 'string')))];
}

/** The values with the `sensitive` keys nulled and the `classified` terms masked. Pure. */
export function maskedValues(values: Values, sensitive: readonly string[], classified: ReadonlySet<string>): Values {
  const masked: Values = { ...values, ...Object.fromEntries(sensitive.map((key) => [key, null])) };
  for (const key of TERM_KEYS) {
    const value = values[key];
    if (Array.isArray(value)) masked[key] = value.filter((urn) => !classified.has(urn as string));
    else if (typeof value === 'string' && classified.has(value)) masked[key] = null;
  }
  return masked;
}

function hasNoClassification(term: unknown): boolean {
  if (!term || term instanceof Error) return false;
  const classifications = (term as { classifications?: string[] | null }).classifications;
  return !classifications || classifications.length === 0;
}
