/**
 * A mapping's correlation rule: one or more column equalities joined by AND,
 * each column written `<dataset qualified name>.<column>` —
 * `rentals.public.customer.email = delivery.app.customers.email`. The dataset
 * part is everything before the last dot, as Polder names datasets
 * (database.schema.table for relational stores).
 */
export interface JoinColumn {
  dataset: string;
  column: string;
}

export interface JoinPair {
  left: JoinColumn;
  right: JoinColumn;
}

export class JoinRuleError extends Error {
  override name = 'JoinRuleError';
}

const COLUMN = /^[A-Za-z_][\w$-]*(\.[A-Za-z_][\w$-]*)+$/;

export function parseJoinRule(rule: string): JoinPair[] {
  const conditions = rule.split(/\s+and\s+/i);
  return conditions.map((condition, index) => {
    const sides = condition.split('=').map((side) => side.trim());
    if (sides.length !== 2) throw new JoinRuleError(`condition ${index + 1} ("${condition.trim().slice(0, 200)}") must be one equality: <dataset>.<column> = <dataset>.<column>`);
    const [left, right] = sides.map((side) => {
      if (!COLUMN.test(side)) throw new JoinRuleError(`"${side.slice(0, 200)}" is not <dataset>.<column>, e.g. rentals.public.customer.email`);
      const dot = side.lastIndexOf('.');
      return { dataset: side.slice(0, dot), column: side.slice(dot + 1) };
    });
    return { left: left!, right: right! };
  });
}
