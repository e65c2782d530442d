/**
 * An audit entry about a visible asset can name a hidden one in its values: a product's output ports
 * before a dataset of a private domain stopped being one, a sense's identity columns, a term's
 * carriers. The entry stays (the change happened, and its subject is visible); each hidden URN in its
 * `before` and `after` becomes NOT_VISIBLE, so lists keep their length and a diff still shows that
 * something the caller may not see was added or removed.
 *
 *   {"outputPorts":["urn:…summary","urn:…ledger"]}  →  {"outputPorts":["urn:…summary","not visible to you"]}
 */
import { isUrn } from '@polder/graph-schema';
import { NOT_VISIBLE } from '../access/readHiddenUrns.ts';

/** The URNs an entry's values name (`before` and `after`, JSON texts), at any depth, keys included. */
export function urnsInChangeValues(texts: readonly string[]): string[] {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (isUrn(value)) found.add(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') Object.entries(value).forEach(([key, inner]) => [key, inner].forEach(visit));
  };
  texts.forEach((text) => visit(JSON.parse(text)));
  return [...found];
}

/** The JSON text with every hidden URN among its values replaced; the text itself when it names none. */
export function withoutHiddenUrns(text: string, hidden: ReadonlySet<string>): string {
  if (hidden.size === 0) return text;
  let replaced = false;
  const rewrite = (value: unknown): unknown => {
    if (typeof value === 'string' && hidden.has(value)) {
      replaced = true;
      return NOT_VISIBLE;
    }
    if (Array.isArray(value)) return value.map(rewrite);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [rewrite(key), rewrite(inner)]));
    return value;
  };
  const rewritten = rewrite(JSON.parse(text));
  return replaced ? JSON.stringify(rewritten) : text;
}
