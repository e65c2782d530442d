/**
 * Relations between the same two terms that cannot both hold. A steward reading a term's relations should
 * never find it both a kind of another term and that term's opposite; such a pair is refused, naming the
 * relation already there. The rules (A and B two terms; ANTONYM reads the same both ways):
 *
 *   A IS_A B         with  A ANTONYM B       a term is not the opposite of what it is a kind of
 *   A REPLACED_BY B  with  A ANTONYM B       a term is not replaced by its opposite
 *   A IS_A B         with  B IS_A A          two terms are not each a kind of the other
 *   A HAS_A B        with  B HAS_A A         two terms are not each a part of the other
 *   A REPLACED_BY B  with  B REPLACED_BY A   two terms do not replace each other
 *
 * Other pairs may hold together: RELATED_TO and SEE_ALSO go with anything, a kind of B may have a B as a
 * part (a bundle order is an order, and has orders), a deprecated term may be replaced by what it is a
 * kind of. A relation whose status is DEPRECATED no longer holds, and contradicts nothing. A term related
 * to itself is refused apart, whatever the kind; longer is-a, has-a and replacement cycles are found by a bounded walk
 * (glossary.service.ts, `assertNoCycle`).
 */
import type { RelationKind, RelationStatus } from './glossaryEntry.ts';

/** A relation as stored: held by `from`, to `to` (for a symmetric kind, either end may hold it). */
export interface TermRelation {
  from: string;
  kind: RelationKind;
  to: string;
  relationStatus: RelationStatus;
}

const RULES: ReadonlyArray<{ kinds: readonly [RelationKind, RelationKind]; reversed: boolean | 'either'; reason: string }> = [
  { kinds: ['IS_A', 'ANTONYM'], reversed: 'either', reason: 'a term is not the opposite of what it is a kind of' },
  { kinds: ['REPLACED_BY', 'ANTONYM'], reversed: 'either', reason: 'a term is not replaced by its opposite' },
  { kinds: ['IS_A', 'IS_A'], reversed: true, reason: 'two terms are not each a kind of the other' },
  { kinds: ['HAS_A', 'HAS_A'], reversed: true, reason: 'two terms are not each a part of the other' },
  { kinds: ['REPLACED_BY', 'REPLACED_BY'], reversed: true, reason: 'two terms do not replace each other' },
];

/** Why `a` and `b`, two relations between the same two terms, cannot both hold; null when they can. */
export function contradictionBetween(a: TermRelation, b: TermRelation): string | null {
  if (a.relationStatus === 'DEPRECATED' || b.relationStatus === 'DEPRECATED') return null;
  const reversed = a.from === b.to && a.to === b.from;
  if (!reversed && !(a.from === b.from && a.to === b.to)) return null;
  const rule = RULES.find(({ kinds: [x, y], reversed: direction }) => ((a.kind === x && b.kind === y) || (a.kind === y && b.kind === x)) && (direction === 'either' || direction === reversed));
  return rule?.reason ?? null;
}

/** The first relation of `existing` that `proposed` contradicts, with why; undefined when none does. */
export function contradictedBy(proposed: TermRelation, existing: readonly TermRelation[]): { relation: TermRelation; reason: string } | undefined {
  for (const relation of existing) {
    const reason = contradictionBetween(proposed, relation);
    if (reason) return { relation, reason };
  }
  return undefined;
}

/**
 * The first pair of `relations` (all the relations of some terms, from both ends) that contradict each other,
 * among pairs with at least one `isNew` relation, in the order of `relations`: an import checks what it wrote
 * against itself and the glossary. Only relations between the same two terms are compared, so a glossary's
 * thousands of relations cost a pass, not a pass per relation.
 */
export function firstContradiction(relations: readonly TermRelation[], isNew: (relation: TermRelation) => boolean): { relation: TermRelation; other: TermRelation; reason: string } | undefined {
  const byPair = new Map<string, TermRelation[]>();
  for (const relation of relations) {
    const pair = JSON.stringify([relation.from, relation.to].sort());
    byPair.set(pair, [...(byPair.get(pair) ?? []), relation]);
  }
  for (const relation of relations) {
    if (!isNew(relation)) continue;
    const between = byPair.get(JSON.stringify([relation.from, relation.to].sort()))!;
    const found = contradictedBy(relation, between.filter((other) => other !== relation));
    if (found) return { relation, other: found.relation, reason: found.reason };
  }
  return undefined;
}

/** A relation as messages show it: `"Debit" IS_A "Credit"`. */
export function describeRelation(relation: TermRelation, nameOf: (urn: string) => string): string {
  return `"${nameOf(relation.from).slice(0, 200)}" ${relation.kind} "${nameOf(relation.to).slice(0, 200)}"`;
}
