/**
 * Puts what was set aside before parsing (see `SetAside.ts`) back into node-sql-parser's AST,
 * found by the offsets at which the grammar recorded the calls the edits left:
 *
 * - an aggregate's FILTER becomes the call's `filter`, the shape the grammar gives the
 *   aggregates it reads FILTER after;
 * - a star's EXCLUDE and REPLACE become its select-list item's `starModifiers` (see `astNodes.ts`),
 *   and the marker item after it goes;
 * - GROUP BY ALL's marker becomes the `group_by_all` item.
 *
 * Parts that are SQL of their own (conditions, REPLACE's expressions) are parsed here, and what
 * was set aside inside them is put back too. A restoration that finds no place (the grammar read
 * the SQL other than the rewrite expected) is a warning, never a silent loss.
 */
import { asSelect, columnRef, GROUP_BY_ALL, identifier, isNode, listOf, type AstNode, type StarModifiers } from './astNodes.ts';
import { lineAndColumn } from './describeParseFailure.ts';
import { subStatementText, type Restoration, type SetAside, type SubStatement } from './SetAside.ts';

/** Parses SQL as node-sql-parser does, with locations; throws its syntax error. */
export type Astify = (sql: string) => unknown;

/** Why the put-back failed: a part that did not parse (with the text given to the parser), or a place not found. */
export type PutBackFailure = { error: unknown; text: string } | { warning: string };

/** `ast` is what `astify` made of `sql` with `aside.edits` made; it is changed in place. */
export function putBackSetAside(ast: unknown, sql: string, aside: SetAside, astify: Astify): PutBackFailure | undefined {
  const used = new Set<number>();
  /** The restoration of `kind` for the call `node`, by the offset the grammar recorded for it; each is used once. */
  const at = (node: AstNode, kind: Restoration['kind']): { offset: number; restoration: Restoration } | undefined => {
    const offset = isNode(node.loc) && isNode(node.loc.start) ? node.loc.start.offset : undefined;
    if (typeof offset !== 'number' || used.has(offset)) return undefined;
    const restoration = aside.restorations.get(offset);
    if (restoration?.kind !== kind) return undefined;
    used.add(offset);
    return { offset, restoration };
  };
  /** The one query `part` is, with what was set aside in it put back. */
  const read = (part: SubStatement): AstNode => {
    const text = subStatementText(sql, aside.edits, part);
    let parsed: unknown;
    try {
      parsed = astify(text);
    } catch (error) {
      throw new SubStatementFailure({ error, text });
    }
    walk(parsed);
    const query = asSelect(listOf(parsed)[0]);
    if (query === undefined) throw new SubStatementFailure({ warning: `the SQL at ${lineAndColumn(sql, part.start)} did not read as a query` });
    return query;
  };
  const walk = (root: unknown): void => {
    const pending: unknown[] = [root];
    // Until the stack is empty, not until it gives undefined: an AST may hold an undefined property.
    while (pending.length > 0) {
      const node = pending.pop();
      if (Array.isArray(node)) {
        pending.push(...node);
        continue;
      }
      if (!isNode(node)) continue;
      // Children are taken first: what is attached below has been put back already.
      pending.push(...Object.values(node));
      const writable = node as Record<string, unknown>;
      if (node.type === 'function') {
        const found = at(node, 'aggregateFilter');
        if (found?.restoration.kind === 'aggregateFilter') {
          writable.filter = { keyword: 'filter', parentheses: true, where: firstItem(read(found.restoration.condition)) };
        }
      }
      if (Array.isArray(node.columns)) putBackStarModifiers(node.columns);
      if (isNode(node.groupby) && Array.isArray(node.groupby.columns)) {
        const items = node.groupby.columns as unknown[];
        items.forEach((item, index) => {
          if (isNode(item) && item.type === 'function' && at(item, 'groupByAll') !== undefined) items[index] = GROUP_BY_ALL;
        });
      }
    }
  };
  const putBackStarModifiers = (items: unknown[]): void => {
    for (let index = items.length - 1; index > 0; index--) {
      const marker = items[index];
      const expression = isNode(marker) && isNode(marker.expr) && marker.expr.type === 'function' ? marker.expr : undefined;
      const found = expression && at(expression, 'starModifiers');
      if (found?.restoration.kind !== 'starModifiers') continue;
      const star = items[index - 1];
      const ref = isNode(star) && isNode(star.expr) ? columnRef(star.expr) : undefined;
      if (!isNode(star) || ref?.column !== '*') {
        throw new SubStatementFailure({ warning: `EXCLUDE or REPLACE at ${lineAndColumn(sql, found.offset - 1)} follows no * in the select list` });
      }
      const modifiers: StarModifiers = {
        exclude: found.restoration.exclude,
        excludeKeyword: 'EXCLUDE',
        replace: found.restoration.replace === undefined ? [] : replacements(read(found.restoration.replace), sql, found.restoration.replace),
      };
      (star as Record<string, unknown>).starModifiers = modifiers;
      items.splice(index, 1);
    }
  };
  try {
    walk(ast);
  } catch (error) {
    if (error instanceof SubStatementFailure) return error.failure;
    throw error;
  }
  const missed = [...aside.restorations].find(([offset]) => !used.has(offset));
  return missed === undefined ? undefined : { warning: notFound(sql, ...missed) };
}

class SubStatementFailure extends Error {
  constructor(readonly failure: PutBackFailure) {
    super('warning' in failure ? failure.warning : 'a set-aside part of the SQL did not parse');
  }
}

function firstItem(query: AstNode): unknown {
  const [item] = listOf(query.columns);
  return isNode(item) ? item.expr : undefined;
}

/** `REPLACE (e AS c, ...)`, read as `SELECT e AS c, ...`. */
function replacements(query: AstNode, sql: string, part: SubStatement): StarModifiers['replace'] {
  return listOf(query.columns).map((item) => {
    const column = isNode(item) ? identifier(item.as) : undefined;
    if (column === undefined || !isNode(item)) {
      throw new SubStatementFailure({ warning: `REPLACE at ${lineAndColumn(sql, part.start)} names no column for one of its expressions` });
    }
    return { column: column.toLowerCase(), expression: item.expr };
  });
}

function notFound(sql: string, offset: number, restoration: Restoration): string {
  switch (restoration.kind) {
    case 'aggregateFilter':
      return `FILTER (WHERE ...) at ${lineAndColumn(sql, restoration.condition.start)}: node-sql-parser did not read the call before it as a function call`;
    case 'starModifiers':
      return `EXCLUDE or REPLACE at ${lineAndColumn(sql, offset - 1)}: node-sql-parser did not read the * before it as a select-list item`;
    case 'groupByAll':
      return `GROUP BY ALL at ${lineAndColumn(sql, offset)}: node-sql-parser did not read it as a GROUP BY clause`;
  }
}
