/**
 * The API's rule for a classification (api/src/modules/edits: `setClassifications`): upper-case letters,
 * digits and _, starting with a letter, at most 50 characters. Checked before sending so the message can
 * name what the person typed, rather than the API's `classifications[2]`, an index nobody sees.
 */
const CLASSIFICATION = /^[A-Z][A-Z0-9_]*$/;
export const MAX_CLASSIFICATION_LENGTH = 50;

/** How much of what was typed a message quotes. */
const QUOTED_LENGTH = 24;

/**
 * A typed classification as the catalog spells them: trimmed, upper-case, each run of blanks or hyphens one _.
 *
 *   ' personal data ' → 'PERSONAL_DATA',  'pii' → 'PII',  'non-public' → 'NON_PUBLIC'
 */
export function classificationName(typed: string): string {
  return typed.trim().toLocaleUpperCase('en').replace(/[\s-]+/g, '_');
}

/** What is wrong with a classification (as classificationName spells it), in words naming it; null when the API will take it. */
export function classificationProblem(name: string): string | null {
  if (name.length > MAX_CLASSIFICATION_LENGTH) return `A classification has at most ${MAX_CLASSIFICATION_LENGTH} characters; ${quoted(name)} has ${name.length}.`;
  if (!CLASSIFICATION.test(name)) return `${quoted(name)} is not a classification: use letters, digits and _, starting with a letter, e.g. PII.`;
  return null;
}

function quoted(name: string): string {
  return `“${name.length > QUOTED_LENGTH ? `${name.slice(0, QUOTED_LENGTH)}…` : name}”`;
}
