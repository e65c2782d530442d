/**
 * A MERGE, as the INSERT ... SELECT statements it amounts to, one per WHEN clause that writes
 * columns, so that the lineage of INSERT ... SELECT reads it. Each SELECT computes the values
 * the clause writes, over the rows it writes them to:
 *
 * @example
 * MERGE INTO orders t USING staged s ON t.id = s.id
 *   WHEN MATCHED AND s.amount > 0 THEN UPDATE SET amount = s.amount
 *   WHEN NOT MATCHED THEN INSERT (id, amount) VALUES (s.id, s.amount)
 * // → INSERT INTO orders (amount) SELECT s.amount FROM orders AS t JOIN staged AS s ON t.id = s.id WHERE s.amount > 0
 * //   INSERT INTO orders (id, amount) SELECT s.id, s.amount FROM staged AS s WHERE NOT (EXISTS (SELECT 1 FROM orders AS t WHERE t.id = s.id))
 *
 * - WHEN MATCHED: target and source joined on the ON condition (a JOIN influence).
 * - WHEN NOT MATCHED [BY TARGET]: the source rows no target row matches, `NOT EXISTS (...)`, so
 *   the ON columns filter; its values can only name the source, which is all its FROM holds.
 *   (Inside NOT EXISTS a bare ON column is the target's if the target may have it: when the
 *   target's columns are not known, it is taken for the target's.)
 * - WHEN NOT MATCHED BY SOURCE: the target rows no source row matches, likewise.
 * - A row takes the first WHEN clause of its kind whose condition holds, so a clause's rows are
 *   also those for which no earlier clause's condition held: `NOT COALESCE(earlier, false)`.
 * - DELETE and DO NOTHING write no column; nor does INSERT DEFAULT VALUES (every column gets its
 *   default, computed from no column). `SET c = DEFAULT` writes a value read from no column: NULL.
 * - RETURNING only reports what was written: it changes no lineage.
 *
 * Every piece is PostgreSQL's parse tree, put back into SQL by pgsql-deparser: nothing is
 * pasted together from the SQL's text.
 */
import { deparseSync } from 'pgsql-deparser';
import type { A_Const, MergeStmt, MergeWhenClause, Node, RangeVar, ResTarget } from './postgresParseTree.ts';

export interface MergeRewrite {
  /** The table the MERGE writes: its name parts as written, outermost first (`['public', 'orders']`). */
  target: string[];
  /** One INSERT ... SELECT per WHEN clause that writes columns, in clause order; `clause` counts from 1. */
  writes: Array<{ clause: number; sql: string }>;
}

export function rewriteMerge(merge: MergeStmt): MergeRewrite {
  const relation = merge.relation ?? {};
  const target = [relation.catalogname, relation.schemaname, relation.relname].filter((part): part is string => part !== undefined);
  // `MERGE INTO ONLY t` leaves out t's child tables: it still writes t's columns.
  const targetItem: Node = { RangeVar: { ...relation, inh: true } };
  const written: RangeVar = { catalogname: relation.catalogname, schemaname: relation.schemaname, relname: relation.relname, inh: true };
  const source = merge.sourceRelation ?? { RangeVar: {} };
  const on = merge.joinCondition ?? constant({ boolval: { boolval: true } });
  const clauses = (merge.mergeWhenClauses ?? []).flatMap((node) => ('MergeWhenClause' in node ? [node.MergeWhenClause] : []));

  const writes: MergeRewrite['writes'] = [];
  for (const [index, clause] of clauses.entries()) {
    const assignments = columnsWritten(clause);
    if (assignments === undefined) continue;
    const earlier = clauses
      .slice(0, index)
      .filter((other) => other.matchKind === clause.matchKind && other.condition !== undefined)
      .map((other) => notTaken(other.condition!));
    const own = clause.condition === undefined ? [] : [clause.condition];
    const rows: { from: Node; where: Node[] } =
      clause.matchKind === 'MERGE_WHEN_MATCHED'
        ? { from: { JoinExpr: { jointype: 'JOIN_INNER', larg: targetItem, rarg: source, quals: on } }, where: [...earlier, ...own] }
        : clause.matchKind === 'MERGE_WHEN_NOT_MATCHED_BY_SOURCE'
          ? { from: targetItem, where: [notExists(source, on), ...earlier, ...own] }
          : { from: source, where: [notExists(targetItem, on), ...earlier, ...own] };
    const insert: Node = {
      InsertStmt: {
        relation: written,
        cols: assignments.columns.length > 0 ? assignments.columns.map((name): Node => ({ ResTarget: { name } })) : undefined,
        selectStmt: select({
          withClause: merge.withClause,
          targetList: assignments.values.map((val): Node => ({ ResTarget: { val } })),
          fromClause: [rows.from],
          whereClause: allOf(rows.where),
        }),
        override: 'OVERRIDING_NOT_SET',
      },
    };
    writes.push({ clause: index + 1, sql: deparseSync(insert, { pretty: false }) });
  }
  return { target, writes };
}

/** The columns a clause writes and the value of each; undefined when it writes none. */
function columnsWritten(clause: MergeWhenClause): { columns: string[]; values: Node[] } | undefined {
  const targets = (clause.targetList ?? []).flatMap((node) => ('ResTarget' in node ? [node.ResTarget] : []));
  if (clause.commandType === 'CMD_UPDATE') {
    // `SET c[1] = x` and `SET c.f = x` write part of c: they still write c.
    return { columns: targets.map((target) => target.name ?? ''), values: targets.map(assignedValue) };
  }
  if (clause.commandType === 'CMD_INSERT' && (clause.values ?? []).length > 0) {
    // Without a column list, the values fill the table's columns in order, as INSERT ... SELECT's do.
    return { columns: targets.map((target) => target.name ?? ''), values: (clause.values ?? []).map(withoutDefault) };
  }
  return undefined;
}

/** `SET (a, b) = (s.x, s.y)` gives a `s.x` and b `s.y`; `SET (a, b) = (SELECT x, y FROM ...)` gives a `(SELECT x FROM ...)`. */
function assignedValue(target: ResTarget): Node {
  const value = target.val ?? constant({ isnull: true });
  if (!('MultiAssignRef' in value)) return withoutDefault(value);
  const { source, colno = 1 } = value.MultiAssignRef;
  if (source !== undefined && 'RowExpr' in source) return withoutDefault(source.RowExpr.args?.[colno - 1] ?? constant({ isnull: true }));
  if (source !== undefined && 'SubLink' in source) {
    const query = source.SubLink.subselect;
    const column = query !== undefined && 'SelectStmt' in query ? query.SelectStmt.targetList?.[colno - 1] : undefined;
    if (query !== undefined && 'SelectStmt' in query && column !== undefined) {
      return { SubLink: { subLinkType: 'EXPR_SUBLINK', subselect: { SelectStmt: { ...query.SelectStmt, targetList: [column] } } } };
    }
  }
  // Any other row source: each column is taken to read all of it.
  return source ?? constant({ isnull: true });
}

function withoutDefault(value: Node): Node {
  return 'SetToDefault' in value ? constant({ isnull: true }) : value;
}

function notExists(from: Node, where: Node): Node {
  const exists: Node = {
    SubLink: { subLinkType: 'EXISTS_SUBLINK', subselect: select({ targetList: [{ ResTarget: { val: constant({ ival: { ival: 1 } }) } }], fromClause: [from], whereClause: where }) },
  };
  return { BoolExpr: { boolop: 'NOT_EXPR', args: [exists] } };
}

/** The rows an earlier clause did not take: its condition is false or null. */
function notTaken(condition: Node): Node {
  const orFalse: Node = { CoalesceExpr: { args: [condition, constant({ boolval: {} })] } };
  return { BoolExpr: { boolop: 'NOT_EXPR', args: [orFalse] } };
}

function allOf(conditions: Node[]): Node | undefined {
  if (conditions.length <= 1) return conditions[0];
  return { BoolExpr: { boolop: 'AND_EXPR', args: conditions } };
}

function select(parts: { withClause?: MergeStmt['withClause']; targetList: Node[]; fromClause: Node[]; whereClause?: Node }): Node {
  return { SelectStmt: { ...parts, limitOption: 'LIMIT_OPTION_DEFAULT', op: 'SETOP_NONE' } };
}

function constant(value: A_Const): Node {
  return { A_Const: value };
}
